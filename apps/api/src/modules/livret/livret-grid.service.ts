import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_LIVRET_GRID } from '@alternance/domain';
import { LivretGrid } from './livret.entities.js';

/** The latest grid version; the programme's default grid becomes version 1 the first time one is needed. */
export async function currentGrid(em: EntityManager): Promise<LivretGrid> {
  const latest = await em.findOne(LivretGrid, { number: { $gte: 1 } }, { orderBy: { number: 'desc' } });
  if (latest) return latest;
  const grid = new LivretGrid();
  grid.number = 1;
  grid.definition = structuredClone(DEFAULT_LIVRET_GRID);
  grid.createdBy = 'Programme (grille par défaut)';
  em.persist(grid);
  return grid;
}

export const gridView = (grid: LivretGrid) => ({
  id: grid.id,
  number: grid.number,
  scale: grid.definition.scale,
  competences: grid.definition.competences,
  createdAt: grid.createdAt,
  createdBy: grid.createdBy,
});
