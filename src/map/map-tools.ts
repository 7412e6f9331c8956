/**
 * The map's tools fetched on first use, in one chunk: the list of events stacked at one point, "go to place"
 * and the image export. Everything they need from the first view is passed in, so the bundler keeps the first
 * view's modules in its own files.
 */
export { closeStackChooser, showStackChooser, stackChooserOpen } from './stack-chooser';
export { goToPlace, openPlaceSearch } from './go-to-place';
export { exportMapPng } from '../export/png-export';
