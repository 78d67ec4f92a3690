/**
 * The SQLite schema as an ordered list of steps. `PRAGMA user_version` holds the number of steps applied.
 * Append new steps; never edit one that has shipped.
 */

export interface Migration {
  /** 1-based and consecutive: step n brings the schema from version n - 1 to n. */
  version: number;
  description: string;
  sql: string;
}

/** Marks a file as a storytrace store ('STTR'), so a foreign SQLite database is never migrated. */
export const APPLICATION_ID = 0x53545452;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, pairs, verdicts, stories and meta',
    sql: `
      PRAGMA application_id = ${APPLICATION_ID};

      CREATE TABLE articles (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL UNIQUE CHECK (seq > 0),
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        meta TEXT -- JSON object, NULL when the article has none
      ) STRICT;

      CREATE TABLE pairs (
        a TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        payload TEXT NOT NULL,
        PRIMARY KEY (a, b)
      ) STRICT;
      CREATE INDEX pairs_by_b ON pairs (b);

      CREATE TABLE verdicts (
        id TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        story TEXT NOT NULL,
        verdict TEXT NOT NULL -- JSON of ArticleVerdict
      ) STRICT;
      CREATE INDEX verdicts_by_story ON verdicts (story);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY NOT NULL,
        summary TEXT NOT NULL -- JSON of StorySummary
      ) STRICT;

      CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    description: 'insertion time of each article',
    // Articles stored before this step count as inserted when the store was upgraded: the latest they can
    // have been, so a time window keeps them rather than dropping them at once.
    sql: `
      ALTER TABLE articles ADD COLUMN added TEXT;
      UPDATE articles SET added = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
    `,
  },
];
