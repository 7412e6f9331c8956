import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { DayWindow } from '../store/days';
import type { FilteredEvents } from '../store/selectors/filtered-events';
import { EVENT_FRAGMENT_SHADER, EVENT_VERTEX_SHADER } from './event-shaders';
import { drawnRadius, rgb, TYPE_COLOURS } from './event-style';

/** Window used when none is set: wide enough to include undated events (UNDATED_DAY). */
const WHOLE_SPAN: readonly [number, number] = [-1e9, 4e9];

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('WebGL could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`event shader: ${gl.getShaderInfoLog(shader) ?? 'compile error'}`);
  }
  return shader;
}

/** Bytes per event in the interleaved vertex buffer: x, y, span start, day (float32) + 4 style bytes. */
export const VERTEX_BYTES = 20;
const MASK_BYTE = 19;

/**
 * The interleaved vertex data of an index, filled in one pass: Mercator x and y, span start and day as floats,
 * then type, geo precision (0 = unlocated), radius in px and the filter mask as bytes.
 */
export function vertexData(filtered: FilteredEvents): ArrayBuffer {
  const { index, mask } = filtered;
  const buffer = new ArrayBuffer(index.count * VERTEX_BYTES);
  const floats = new Float32Array(buffer);
  const bytes = new Uint8Array(buffer);
  for (let i = 0, f = 0, b = 16; i < index.count; i++, f += 5, b += VERTEX_BYTES) {
    const precision = index.geoPrecision[i] as number;
    floats[f] = precision ? (index.mercatorX[i] as number) : 0;
    floats[f + 1] = precision ? (index.mercatorY[i] as number) : 0;
    floats[f + 2] = index.spanStart[i] as number;
    floats[f + 3] = index.day[i] as number;
    bytes[b] = index.type[i] as number;
    bytes[b + 1] = precision;
    bytes[b + 2] = Math.round(drawnRadius(index.fatalities[i] as number, precision));
    bytes[b + 3] = mask[i] as number;
  }
  return buffer;
}

/** Rewrites only the mask bytes of vertex data built for the same index (a filter change). */
export function rewriteMask(data: ArrayBuffer, mask: Uint8Array): void {
  const bytes = new Uint8Array(data);
  for (let i = 0, b = MASK_BYTE; i < mask.length; i++, b += VERTEX_BYTES) bytes[b] = mask[i] as number;
}

/**
 * How many events the shader draws for a window: the shader's own test (mask, located, span overlaps the
 * window) on the same float32 values it reads.
 */
export function countDrawn(filtered: FilteredEvents, window: readonly [number, number]): number {
  const { index, mask } = filtered;
  const start = Math.fround(window[0]);
  const end = Math.fround(window[1]);
  let drawn = 0;
  for (let i = 0; i < index.count; i++) {
    if (!mask[i] || !index.geoPrecision[i]) continue;
    if (Math.fround(index.day[i] as number) >= start && Math.fround(index.spanStart[i] as number) < end)
      drawn++;
  }
  return drawn;
}

/**
 * A MapLibre custom layer drawing every event as one GL point. All per-event data is one interleaved buffer,
 * uploaded with one `bufferData` per event index or filter change; the time window is a uniform: scrubbing
 * costs one `triggerRepaint`, with no re-tiling and no data upload.
 */
export class EventPointsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vertexArray: WebGLVertexArrayObject | null = null;
  private buffer: WebGLBuffer | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private readonly colours = new Float32Array(24);
  private data: { index: FilteredEvents['index']; buffer: ArrayBuffer } | null = null;
  private filtered: FilteredEvents | null = null;
  /** Where the layer reads its events when a frame finds them stale (see `invalidate`). */
  private source: (() => FilteredEvents) | null = null;
  private stale = false;
  private uploaded = false;
  private count = 0;
  private window: [number, number] = [...WHOLE_SPAN];
  /** What the last frame drew with: the events and the window uniform (for `drawnCount`). */
  private drawn: { filtered: FilteredEvents; window: [number, number] } | null = null;

  constructor(id: string) {
    this.id = id;
    TYPE_COLOURS.forEach((hex, i) => this.colours.set(rgb(hex), i * 3));
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, EVENT_VERTEX_SHADER));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, EVENT_FRAGMENT_SHADER));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`event shader: ${gl.getProgramInfoLog(program) ?? 'link error'}`);
    }
    this.program = program;
    for (const name of ['u_matrix', 'u_window', 'u_pixel_ratio', 'u_colours']) {
      this.uniforms[name] = gl.getUniformLocation(program, name);
    }
    this.vertexArray = gl.createVertexArray();
    this.buffer = gl.createBuffer();
    gl.bindVertexArray(this.vertexArray);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, VERTEX_BYTES, 0);
    gl.enableVertexAttribArray(1);
    gl.vertexAttribPointer(1, 2, gl.FLOAT, false, VERTEX_BYTES, 8);
    gl.enableVertexAttribArray(2);
    gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, false, VERTEX_BYTES, 16);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.uploaded = false;
    this.map.triggerRepaint();
  }

  /** Gives the layer the function it reads the current events from, and reads them in the next frame. */
  setSource(source: () => FilteredEvents): void {
    this.source = source;
    this.invalidate();
  }

  /**
   * Notes that the events or filters changed, without deriving anything: the next frame reads them from the
   * source once, however many changes came before it.
   */
  invalidate(): void {
    this.stale = true;
    this.map?.triggerRepaint();
  }

  /**
   * Takes new events or filters. The vertex data is built for a new index (or only its mask bytes rewritten
   * for new filters) and uploaded in the next frame, so several changes within a frame cost one upload.
   */
  setEvents(filtered: FilteredEvents): void {
    this.take(filtered);
    this.map?.triggerRepaint();
  }

  private take(filtered: FilteredEvents): void {
    this.stale = false;
    if (this.filtered === filtered) return;
    if (this.data?.index === filtered.index) rewriteMask(this.data.buffer, filtered.mask);
    else this.data = { index: filtered.index, buffer: vertexData(filtered) };
    this.filtered = filtered;
    this.uploaded = false;
  }

  /** The scrub path: two numbers and a repaint request. */
  setWindow(window: DayWindow | null): void {
    this.window[0] = window ? window.start : WHOLE_SPAN[0];
    this.window[1] = window ? window.end : WHOLE_SPAN[1];
    this.map?.triggerRepaint();
  }

  /** How many events the last drawn frame showed (the shader's test, counted on the CPU when asked). */
  drawnCount(): number {
    return this.drawn ? countDrawn(this.drawn.filtered, this.drawn.window) : 0;
  }

  private upload(gl: WebGL2RenderingContext): void {
    this.uploaded = true;
    if (!this.data || !this.filtered) return;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, this.data.buffer, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.count = this.filtered.index.count;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (this.stale && this.source) this.take(this.source());
    if (!this.uploaded) this.upload(gl);
    const filtered = this.filtered;
    if (!this.program || !this.vertexArray || !filtered || this.count === 0) {
      this.drawn = null;
      return;
    }
    gl.useProgram(this.program);
    // maplibre-gl 6: `defaultProjectionData.mainMatrix` maps Mercator [0, 1] to clip space under the Mercator
    // projection; `modelViewProjectionMatrix` works in world pixels instead.
    gl.uniformMatrix4fv(this.uniforms['u_matrix'] ?? null, false, options.defaultProjectionData.mainMatrix);
    gl.uniform2f(this.uniforms['u_window'] ?? null, this.window[0], this.window[1]);
    gl.uniform1f(this.uniforms['u_pixel_ratio'] ?? null, window.devicePixelRatio || 1);
    gl.uniform3fv(this.uniforms['u_colours'] ?? null, this.colours);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vertexArray);
    gl.drawArrays(gl.POINTS, 0, this.count);
    gl.bindVertexArray(null);
    if (this.drawn?.filtered === filtered) {
      this.drawn.window[0] = this.window[0];
      this.drawn.window[1] = this.window[1];
    } else {
      this.drawn = { filtered, window: [this.window[0], this.window[1]] };
    }
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    if (this.buffer) gl.deleteBuffer(this.buffer);
    if (this.vertexArray) gl.deleteVertexArray(this.vertexArray);
    if (this.program) gl.deleteProgram(this.program);
    this.buffer = null;
    this.program = null;
    this.vertexArray = null;
    this.map = null;
    this.drawn = null;
  }
}
