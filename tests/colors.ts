/** Colour helpers for contrast tests: any CSS colour the browser computes → sRGB bytes. */

export type Rgba = [number, number, number, number?];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', {willReadFrequently: true})!;

/** A computed colour (rgb(), oklab(), color(srgb …), with alpha) drawn over `background`. */
export function srgb(color: string, background: Rgba = [255, 255, 255]): [number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = `rgb(${background[0]}, ${background[1]}, ${background[2]})`;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two sRGB colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
