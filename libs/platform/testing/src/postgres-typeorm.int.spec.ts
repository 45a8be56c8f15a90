import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createTestDatabase, TestDatabase } from './test-database';

@Entity('title_records')
class TitleRecord {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  label!: string;

  @Column('text')
  level!: string;

  @Column('jsonb')
  ccpCodes!: string[];
}

/** Checks that a test gets a database of its own and can use it through TypeORM. */
describe('PostgreSQL test database with TypeORM', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('typeorm');
    dataSource = new DataSource({ type: 'postgres', url: database.url, entities: [TitleRecord], synchronize: true });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads back an entity it wrote, from its own database', async () => {
    const title = Object.assign(new TitleRecord(), {
      code: 'TP-00495',
      label: 'Technicien supérieur gestionnaire exploitant de ressources informatiques',
      level: 'III',
      ccpCodes: ['CCP-1', 'CCP-2', 'CCP-3'],
    });
    await dataSource.getRepository(TitleRecord).save(title);

    const stored = await dataSource.getRepository(TitleRecord).findOneByOrFail({ code: 'TP-00495' });
    const rows = await dataSource.query<{ current: string }[]>('SELECT current_database() AS current');

    expect(stored).toEqual(title);
    expect(rows[0]?.current).toBe(database.name);
  });
});
