import { expect, it } from 'vitest';
import { buildFromDir, SEEDS } from './build.ts';

it("the seeds' dataset matches the reviewed golden file", async () => {
  const { dataset } = buildFromDir(SEEDS);
  await expect(`${JSON.stringify(dataset, null, 2)}\n`).toMatchFileSnapshot(
    './__snapshots__/seeds.dataset.json',
  );
});
