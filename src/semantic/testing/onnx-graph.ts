/**
 * Just enough of the ONNX protobuf format to write the tiny models the tests load: a graph of nodes
 * with float initializers and int64 or float inputs and outputs. Field numbers are those of onnx.proto.
 */

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
}

export interface OnnxValue {
  name: string;
  type: 'int64' | 'float';
  /** Sizes, or names for sizes that vary (batch, sequence). */
  shape: (number | string)[];
}

export interface OnnxInitializer {
  name: string;
  dims: number[];
  values: Float32Array;
}

export interface OnnxGraph {
  nodes: OnnxNode[];
  initializers: OnnxInitializer[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
}

const ELEMENT_TYPE = { float: 1, int64: 7 } as const;
const OPSET = 13;

export function onnxModel(graph: OnnxGraph): Uint8Array {
  const body = [
    ...graph.nodes.map((node, i) =>
      message(1, [
        ...node.inputs.map((name) => text(1, name)),
        ...node.outputs.map((name) => text(2, name)),
        text(3, `node${i}`),
        text(4, node.op),
      ]),
    ),
    text(2, 'storytrace-test'),
    ...graph.initializers.map((t) =>
      message(5, [
        ...t.dims.map((d) => integer(1, d)),
        integer(2, ELEMENT_TYPE.float),
        text(8, t.name),
        raw(9, t.values),
      ]),
    ),
    ...graph.inputs.map((v) => valueInfo(11, v)),
    ...graph.outputs.map((v) => valueInfo(12, v)),
  ];
  const model = [
    integer(1, 8),
    text(2, 'storytrace-test'),
    message(7, body),
    message(8, [text(1, ''), integer(2, OPSET)]),
  ];
  return Uint8Array.from(model.flat());
}

function valueInfo(field: number, value: OnnxValue): number[] {
  const dims = value.shape.map((d) => message(1, [typeof d === 'number' ? integer(1, d) : text(2, d)]));
  const tensorType = message(1, [integer(1, ELEMENT_TYPE[value.type]), message(2, dims)]);
  return message(field, [text(1, value.name), message(2, [tensorType])]);
}

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 128 : low);
  } while (rest > 0);
  return out;
}

function integer(field: number, value: number): number[] {
  return [...varint(field * 8), ...varint(value)];
}

function bytes(field: number, payload: readonly number[]): number[] {
  return [...varint(field * 8 + 2), ...varint(payload.length), ...payload];
}

function text(field: number, value: string): number[] {
  return bytes(field, [...Buffer.from(value, 'utf8')]);
}

function raw(field: number, values: Float32Array): number[] {
  return bytes(field, [...new Uint8Array(values.buffer, values.byteOffset, values.byteLength)]);
}

function message(field: number, parts: readonly number[][]): number[] {
  return bytes(field, parts.flat());
}
