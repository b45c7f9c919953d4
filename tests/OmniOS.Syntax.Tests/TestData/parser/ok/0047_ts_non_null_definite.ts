let x!: number;
let y!: string, z: boolean;
const el = document.getElementById('root')!;
const v = map.get(key)!.value!.deep;
const w = arr[0]!;
const call = fn!();
class C {
  prop!: string;
  other?: number;
}
