import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STATUS_LIST_LENGTH } from '@titrepro/credentials';

/** Where one entry sits: which of the region's lists, and the index in it. */
export interface StatusListPosition {
  readonly list: number;
  readonly index: number;
}

/** An entry number of this region's status lists, as one position in them. */
export const positionOf = (entry: number): StatusListPosition => ({ list: Math.floor(entry / STATUS_LIST_LENGTH), index: entry % STATUS_LIST_LENGTH });

/** Hands out this region's revocation entries, each once (a sequence: a crash leaves a harmless gap). */
@Injectable()
export class StatusListEntries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async next(): Promise<number> {
    const [row] = await this.dataSource.query<{ entry: string }[]>(`SELECT nextval('status_list_entry') AS entry`);
    return Number(row?.entry);
  }
}
