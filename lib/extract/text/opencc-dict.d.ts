// opencc-js publishes its dictionaries as modules without types: each is one string of
// "traditional simplified[ simplified…]" entries joined by "|".
declare module "opencc-js/dict/TSCharacters" {
  const entries: string;
  export default entries;
}
