import * as OpenCC from 'opencc-js/t2cn'

/** Creates a traditional → simplified converter (OpenCC's t → cn tables); pure, safe to share. */
export function createSimplifier(): (text: string) => string {
  return OpenCC.Converter({ from: 't', to: 'cn' })
}
