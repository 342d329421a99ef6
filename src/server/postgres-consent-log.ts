import { check } from '../core/validate-config';
import { loggedChoices, sameEntry, type ConsentHistoryEntry, type ConsentLogSink } from './consent-log';

/**
 * The one method the PostgreSQL sink needs: a `pg` `Pool` or `Client`, or an
 * `@electric-sql/pglite` instance, as they are.
 */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Options for {@link postgresConsentLog}. */
export interface PostgresConsentLogOptions {
  /**
   * Name of the log table; its texts live in `<table>_texts`. Lower-case letters, digits and `_`
   * (schema-qualified names: set the connection's `search_path`).
   * @default 'consent_log'
   */
  table?: string;
}

const tableName = (table = 'consent_log') => {
  check(/^[a-z_][a-z\d_]{0,40}$/.test(table), 'postgresConsentLog table', process.env.NODE_ENV !== 'production' && 'must be lower-case letters, digits and "_"');
  return table;
};

/**
 * The SQL that creates the log's tables, each statement on its own (run them in order, or
 * through your migration tool): `<table>_texts`, one row per distinct set of texts, keyed by
 * SHA-256; `<table>`, one row per record id, with a unique index that keeps one withdrawal per
 * withdrawn record and an index on `replaces` for history exports. Safe to run again.
 */
export function consentLogSchema(table?: string): string[] {
  const t = tableName(table);
  return [
    `create table if not exists ${t}_texts (
  hash text primary key check (hash ~ '^[0-9a-f]{64}$'),
  texts jsonb not null,
  first_seen timestamptz not null default now()
)`,
    `create table if not exists ${t} (
  id text primary key check (id ~ '^[0-9a-f]{32}$'),
  replaces text,
  revision integer not null,
  method text not null,
  decided_at timestamptz not null,
  expires_at timestamptz not null,
  gpc boolean not null,
  choices jsonb not null,
  record text not null,
  locale text not null,
  texts_hash text not null references ${t}_texts (hash),
  page text not null,
  received_at timestamptz not null default now()
)`,
    `create index if not exists ${t}_replaces on ${t} (replaces)`,
    `create unique index if not exists ${t}_withdrawal on ${t} (replaces) where method = 'reset'`,
  ];
}

/**
 * A proof-of-consent sink on PostgreSQL, through `db.query(sql, params)` (node-postgres, or
 * PGlite for an embedded database). `migrate()` creates the tables ({@link consentLogSchema}).
 * Each write is one statement: the texts row if its hash is new, then the entry, or nothing when
 * the id (or the withdrawal of that record) is already there. `history(id)` exports the chain
 * through a record id with recursive SQL.
 */
export function postgresConsentLog(db: SqlClient, options: PostgresConsentLogOptions = {}): Required<ConsentLogSink> & { migrate(): Promise<void> } {
  const t = tableName(options.table);
  return {
    async migrate() {
      for (const statement of consentLogSchema(t)) await db.query(statement);
    },
    async write(entry) {
      const { record } = entry;
      // `::text::jsonb`: JSON goes in as text, whichever way a driver would serialise a jsonb parameter.
      const { rows } = await db.query(
        `with texts as (insert into ${t}_texts (hash, texts) values ($1, $2::text::jsonb) on conflict do nothing)
insert into ${t} (id, replaces, revision, method, decided_at, expires_at, gpc, choices, record, locale, texts_hash, page, received_at)
values ($3, $4, $5, $6, to_timestamp($7), to_timestamp($8), $9, $10::text::jsonb, $11, $12, $1, $13, $14::text::timestamptz)
on conflict do nothing returning id`,
        [
          entry.textsHash,
          JSON.stringify(entry.texts),
          entry.id,
          entry.replaces,
          record.revision,
          record.method,
          record.decidedAt,
          record.expiresAt,
          record.gpc,
          JSON.stringify(loggedChoices(record)),
          entry.value,
          entry.locale,
          entry.page,
          entry.receivedAt.toISOString(),
        ],
      );
      if (rows.length) return 'stored';
      const [taken] = (await db.query(`select record, replaces, texts_hash from ${t} where id = $1`, [entry.id])).rows;
      // Nothing under this id: the record's withdrawal was logged already, from another tab.
      return !taken || sameEntry({ value: taken.record as string, replaces: taken.replaces as string | null, textsHash: taken.texts_hash as string }, entry) ? 'duplicate' : 'conflict';
    },
    async history(id) {
      const { rows } = await db.query(
        `with recursive back (id, replaces) as (
  select id, replaces from ${t} where id = $1
  union select l.id, l.replaces from ${t} l join back b on l.id = b.replaces
), forth (id) as (
  select id from ${t} where id = $1
  union select l.id from ${t} l join forth f on l.replaces = f.id
)
select l.*, x.texts from ${t} l join ${t}_texts x on x.hash = l.texts_hash
where l.id in (select id from back union select id from forth)
order by l.decided_at, l.id`,
        [id],
      );
      const iso = (value: unknown) => new Date(value as string).toISOString();
      return {
        id,
        entries: rows.map(
          (row): ConsentHistoryEntry => ({
            id: row.id as string,
            replaces: row.replaces as string | null,
            record: row.record as string,
            revision: row.revision as number,
            method: row.method as ConsentHistoryEntry['method'],
            decidedAt: iso(row.decided_at),
            expiresAt: iso(row.expires_at),
            gpc: row.gpc as boolean,
            choices: row.choices as Record<string, boolean>,
            locale: row.locale as string,
            textsHash: row.texts_hash as string,
            page: row.page as string,
            receivedAt: iso(row.received_at),
          }),
        ),
        texts: Object.fromEntries(rows.map((row) => [row.texts_hash, row.texts as object])),
      };
    },
  };
}
