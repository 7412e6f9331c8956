/**
 * Shaders of the event points layer. The time window is a uniform: scrubbing changes two numbers, never the
 * data. An event is drawn when it passes the filters (mask), is located, and its precision span
 * [spanStart, day + 1) overlaps the window [start, end) — the same rule as `isShown` in window-view.ts.
 */
export const EVENT_VERTEX_SHADER = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform float u_pixel_ratio;
uniform vec3 u_colours[8];
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_days;
layout(location = 2) in vec4 a_style;
out vec3 v_colour;
out float v_region;
out float v_near;
out float v_radius;
void main() {
  float shown = a_style.w * step(0.5, a_style.y)
    * step(u_window.x, a_days.y) * (1.0 - step(u_window.y, a_days.x));
  if (shown < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  v_colour = u_colours[int(a_style.x)];
  v_region = step(2.5, a_style.y);
  v_near = step(1.5, a_style.y) * (1.0 - v_region);
  v_radius = a_style.z + 1.5;
  gl_Position = u_matrix * vec4(a_position, 0.0, 1.0);
  gl_PointSize = 2.0 * v_radius * u_pixel_ratio;
}
`;

export const EVENT_FRAGMENT_SHADER = `#version 300 es
precision mediump float;
in vec3 v_colour;
in float v_region;
in float v_near;
in float v_radius;
out vec4 fragColor;
void main() {
  float distance = length(gl_PointCoord - vec2(0.5)) * 2.0 * v_radius;
  float edge = 1.0 - smoothstep(v_radius - 1.0, v_radius, distance);
  if (edge <= 0.0) discard;
  float ring = smoothstep(v_radius - 3.0, v_radius - 2.0, distance);
  vec4 colour;
  if (v_region > 0.5) {
    // Region-level: a hollow ring with a faint fill, so it never reads as a precise place.
    colour = mix(vec4(v_colour, 0.10), vec4(v_colour, 0.95), ring);
  } else {
    float fill = v_near > 0.5 ? 0.55 : 0.85;
    float stroke = smoothstep(v_radius - 1.8, v_radius - 1.0, distance);
    colour = mix(vec4(v_colour, fill), vec4(1.0, 1.0, 1.0, 0.95), stroke);
  }
  colour.a *= edge;
  fragColor = vec4(colour.rgb * colour.a, colour.a);
}
`;
