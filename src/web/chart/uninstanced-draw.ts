import {
  getAttributesItemsCount,
  type Program,
  type ProgramAttributeSpecification,
  type ProgramInfo,
} from 'sigma/rendering';

/** How each item is drawn: its quad as two triangles (as sigma draws it), or the quad's centre line. */
export type UninstancedShape = 'quads' | 'lines';

/** What drawing a sigma 4.0 program without instancing reads or replaces (some of it protected there). */
interface InstancedProgram {
  readonly isInstanced: boolean;
  readonly METHOD: number;
  readonly VERTICES: number;
  readonly ATTRIBUTES: ProgramAttributeSpecification[];
  readonly CONSTANT_ATTRIBUTES: ProgramAttributeSpecification[];
  readonly ATTRIBUTES_ITEMS_COUNT: number;
  readonly constantArray: Float32Array;
  readonly floats: Float32Array;
  readonly capacity: number;
  readonly renderOffset: number;
  readonly renderCount: number;
  readonly normalProgram: ProgramInfo;
  invalidateBuffers(): void;
  kill(): void;
  bindProgram(info: ProgramInfo): void;
  unbindProgram(info: ProgramInfo): void;
  drawWebGL(method: number, info: ProgramInfo): void;
}

// Sigma's 4-corner strip: 0 and 1 are the two sides of one end, 2 and 3 of the other.
const QUAD_CORNERS: readonly (readonly number[])[] = [[0], [1], [2], [2], [1], [3]];
const LINE_ENDS: readonly (readonly number[])[] = [
  [0, 1],
  [2, 3],
];

/** Per drawn vertex, the constant attributes (as raw 32-bit slots): the mean of the named strip corners. */
function buildVertexConstants(p: InstancedProgram, shape: UninstancedShape): Uint32Array[] {
  const perCorner = p.constantArray.length / p.VERTICES;
  return (shape === 'quads' ? QUAD_CORNERS : LINE_ENDS).map((corners) => {
    const v = new Float32Array(perCorner);
    for (let j = 0; j < perCorner; j++) {
      let sum = 0;
      for (const c of corners) sum += p.constantArray[c * perCorner + j] ?? 0;
      v[j] = sum / corners.length;
    }
    return new Uint32Array(v.buffer);
  });
}

/**
 * Makes one of sigma's instanced programs (a 4-vertex strip per node or edge) draw plain vertices instead:
 * each item's attributes are copied to every vertex it draws, and a single drawArrays draws them all.
 * Why: in software WebGL (SwiftShader, what Chromium uses without a GPU) drawArraysInstanced costs 30-50 µs
 * per instance, so the same triangles drawn uninstanced come out 4 (edges) to 20 (nodes) times sooner
 * (bench/RESULTS.md). With a GPU it costs only memory (six vertices per item instead of one instance), so
 * there is one path for both. Same shaders and same triangles: 'quads' is pixel-identical to sigma's own
 * drawing. 'lines' draws an edge quad's centre line only, one pixel wide whatever the edge's size, with a
 * third of the vertices and fewer pixels to shade. The copy is rebuilt whenever sigma rewrites the data.
 */
export function drawWithoutInstancing(program: Program, shape: UninstancedShape): void {
  const p = program as unknown as InstancedProgram;
  const gl = p.normalProgram.gl;
  if (!p.isInstanced || p.METHOD !== gl.TRIANGLE_STRIP || p.VERTICES !== 4)
    throw new Error('drawWithoutInstancing: not a sigma 4 instanced quad program');
  const perItem = p.ATTRIBUTES_ITEMS_COUNT;
  const constants = buildVertexConstants(p, shape);
  const perConstant = constants[0]?.length ?? 0;
  const stride = perItem + perConstant;
  const verticesPerItem = constants.length;
  const layout = [...p.ATTRIBUTES, ...p.CONSTANT_ATTRIBUTES];
  const buffer = gl.createBuffer();
  let vertices = new Uint32Array(0);
  let isStale = true;

  const upload = () => {
    // Raw 32-bit slots: some attributes are packed bytes (colours, picking ids) that must not pass as floats.
    const items = new Uint32Array(p.floats.buffer, p.floats.byteOffset, p.capacity * perItem);
    const size = p.capacity * verticesPerItem * stride;
    if (vertices.length !== size) vertices = new Uint32Array(size);
    let o = 0;
    for (let i = 0; i < p.capacity; i++) {
      const first = i * perItem;
      for (const c of constants) {
        for (let j = 0; j < perItem; j++) vertices[o++] = items[first + j] ?? 0;
        for (let j = 0; j < perConstant; j++) vertices[o++] = c[j] ?? 0;
      }
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.DYNAMIC_DRAW);
    isStale = false;
  };

  const invalidate = p.invalidateBuffers.bind(p);
  p.invalidateBuffers = () => {
    isStale = true;
    invalidate();
  };
  p.bindProgram = (info) => {
    if (isStale) upload();
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    let slot = 0;
    for (const attr of layout) {
      const location = info.attributeLocations[attr.name] ?? -1;
      if (location !== -1) {
        gl.enableVertexAttribArray(location);
        gl.vertexAttribDivisor(location, 0);
        gl.vertexAttribPointer(
          location,
          attr.size,
          attr.type,
          attr.normalized ?? false,
          stride * 4,
          slot * 4,
        );
      }
      slot += getAttributesItemsCount([attr]);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  };
  p.unbindProgram = (info) => {
    for (const attr of layout) {
      const location = info.attributeLocations[attr.name] ?? -1;
      if (location !== -1) gl.disableVertexAttribArray(location);
    }
  };
  p.drawWebGL = () => {
    const count = p.renderCount >= 0 ? p.renderCount : p.capacity;
    const mode = shape === 'quads' ? gl.TRIANGLES : gl.LINES;
    gl.drawArrays(mode, p.renderOffset * verticesPerItem, count * verticesPerItem);
  };
  const kill = p.kill.bind(p);
  p.kill = () => {
    gl.deleteBuffer(buffer);
    kill();
  };
}
