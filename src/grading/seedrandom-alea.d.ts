/** seedrandom's standalone alea generator (the package's types only cover its main entry). */
declare module "seedrandom/lib/alea.js" {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  export default function alea(seed?: string): AleaPrng;
}
