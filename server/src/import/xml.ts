// A small element tree of an XML part (saxes does the reading): names without their prefix, attributes
// by local name, text kept where it is. Bounded in depth, so no document can exhaust the stack.
import { SaxesParser } from 'saxes';
import { ImportError } from './errors';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const MAX_DEPTH = 256;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw new ImportError(`文档结构嵌套过深（${part}），无法读取`);
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) attributes[localName(key)] = value;
    const element: XmlElement = { name: localName(tag.name), attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack[stack.length - 1].children.push(text));
  parser.on('cdata', (text) => stack[stack.length - 1].children.push(text));
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`文件已损坏：${part} 不是完整的 XML（${(error as Error).message.split('\n')[0]}）`);
  }
  return root;
}

export const elements = (node: XmlElement): XmlElement[] => node.children.filter((c): c is XmlElement => typeof c !== 'string');
export const child = (node: XmlElement | undefined, name: string): XmlElement | undefined => node && elements(node).find((c) => c.name === name);
export const childrenNamed = (node: XmlElement | undefined, name: string): XmlElement[] => (node ? elements(node).filter((c) => c.name === name) : []);
/** The `w:val` of a child property element (`<w:numFmt w:val="decimal"/>`). */
export const valueOf = (node: XmlElement | undefined, name: string): string | undefined => child(node, name)?.attributes.val;
export const textOf = (node: XmlElement): string => node.children.map((c) => (typeof c === 'string' ? c : '')).join('');
