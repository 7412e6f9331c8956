import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { DayWindow } from '../store/days';
import type { FilteredEvents } from '../store/selectors/filtered-events';
import { EVENT_FRAGMENT_SHADER, EVENT_VERTEX_SHADER } from './event-shaders';
import { drawnRadius, rgb, TYPE_COLOURS } from './event-style';

/** Window used when none is set: wide enough to include undated events (UNDATED_DAY). */
const WHOLE_SPAN: [number, number] = [-1e9, 4e9];

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

/** Per-event style bytes: type index, geo precision (0 = unlocated), radius in px, filter mask. */
export function styleBytes(filtered: FilteredEvents): Uint8Array {
  const { index, mask } = filtered;
  const bytes = new Uint8Array(index.count * 4);
  for (let i = 0; i < index.count; i++) {
    const precision = index.geoPrecision[i] ?? 0;
    bytes[i * 4] = index.type[i] ?? 0;
    bytes[i * 4 + 1] = precision;
    bytes[i * 4 + 2] = Math.round(drawnRadius(index.fatalities[i] ?? -1, precision));
    bytes[i * 4 + 3] = mask[i] ?? 0;
  }
  return bytes;
}

/**
 * A MapLibre custom layer drawing every event as one GL point. Positions and days are uploaded once per
 * event index, style bytes once per filter change, and the time window is a uniform: scrubbing costs one
 * `triggerRepaint`, with no re-tiling and no data upload.
 */
export class EventPointsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vertexArray: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private uploadedIndex: FilteredEvents['index'] | null = null;
  private pending: FilteredEvents | null = null;
  private count = 0;
  private window: [number, number] = WHOLE_SPAN;

  constructor(id: string) {
    this.id = id;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
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
    this.buffers = [gl.createBuffer(), gl.createBuffer(), gl.createBuffer()];
    gl.bindVertexArray(this.vertexArray);
    const [positions, days, style] = this.buffers;
    gl.bindBuffer(gl.ARRAY_BUFFER, positions ?? null);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, days ?? null);
    gl.enableVertexAttribArray(1);
    gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, style ?? null);
    gl.enableVertexAttribArray(2);
    gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, false, 0, 0);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    if (this.pending) this.setEvents(this.pending);
  }

  /** Uploads the events: positions and days when the index changed, style bytes (mask) always. */
  setEvents(filtered: FilteredEvents): void {
    const gl = this.gl;
    if (!gl) {
      this.pending = filtered;
      return;
    }
    this.pending = null;
    const [positions, days, style] = this.buffers;
    const { index } = filtered;
    if (this.uploadedIndex !== index) {
      const xy = new Float32Array(index.count * 2);
      const span = new Float32Array(index.count * 2);
      for (let i = 0; i < index.count; i++) {
        xy[i * 2] = index.mercatorX[i] ?? 0;
        xy[i * 2 + 1] = index.mercatorY[i] ?? 0;
        span[i * 2] = index.spanStart[i] ?? 0;
        span[i * 2 + 1] = index.day[i] ?? 0;
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, positions ?? null);
      gl.bufferData(gl.ARRAY_BUFFER, xy, gl.STATIC_DRAW);
      gl.bindBuffer(gl.ARRAY_BUFFER, days ?? null);
      gl.bufferData(gl.ARRAY_BUFFER, span, gl.STATIC_DRAW);
      this.uploadedIndex = index;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, style ?? null);
    gl.bufferData(gl.ARRAY_BUFFER, styleBytes(filtered), gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.count = index.count;
    this.map?.triggerRepaint();
  }

  /** The scrub path: two numbers and a repaint request. */
  setWindow(window: DayWindow | null): void {
    this.window = window ? [window.start, window.end] : WHOLE_SPAN;
    this.map?.triggerRepaint();
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (!this.program || !this.vertexArray || this.count === 0) return;
    gl.useProgram(this.program);
    // maplibre-gl 6: `defaultProjectionData.mainMatrix` maps Mercator [0, 1] to clip space under the Mercator
    // projection; `modelViewProjectionMatrix` works in world pixels instead.
    gl.uniformMatrix4fv(
      this.uniforms['u_matrix'] ?? null,
      false,
      Float32Array.from(options.defaultProjectionData.mainMatrix),
    );
    gl.uniform2f(this.uniforms['u_window'] ?? null, this.window[0], this.window[1]);
    gl.uniform1f(this.uniforms['u_pixel_ratio'] ?? null, window.devicePixelRatio || 1);
    const colours = new Float32Array(24);
    TYPE_COLOURS.forEach((hex, i) => colours.set(rgb(hex), i * 3));
    gl.uniform3fv(this.uniforms['u_colours'] ?? null, colours);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vertexArray);
    gl.drawArrays(gl.POINTS, 0, this.count);
    gl.bindVertexArray(null);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    for (const buffer of this.buffers) gl.deleteBuffer(buffer);
    if (this.vertexArray) gl.deleteVertexArray(this.vertexArray);
    if (this.program) gl.deleteProgram(this.program);
    this.buffers = [];
    this.program = null;
    this.vertexArray = null;
    this.gl = null;
    this.map = null;
  }
}
