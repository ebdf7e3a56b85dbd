/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The labels given so far in a document to each word ("extended prediction
 * history", Ratinov & Roth 2009): a later "Moon" learns from an earlier
 * "Moon Jae-in" tagged as a person. A small open-addressing table, cleared
 * between documents without freeing it. */

#include <string.h>

#include "entities-private.h"

struct _EntHistory
{
  guint64 *keys;                       /* 0: empty */
  guint16 (*counts)[ENT_N_CLASSES + 1];
  guint32  mask;
  guint32  used;
};

static void
history_alloc (EntHistory *history,
               guint32     n_slots)
{
  history->keys = g_new0 (guint64, n_slots);
  history->counts = g_malloc0 (n_slots * sizeof *history->counts);
  history->mask = n_slots - 1;
  history->used = 0;
}

EntHistory *
ent_history_new (void)
{
  EntHistory *history = g_new0 (EntHistory, 1);

  history_alloc (history, 256);
  return history;
}

void
ent_history_free (EntHistory *history)
{
  if (history == NULL)
    return;
  g_free (history->keys);
  g_free (history->counts);
  g_free (history);
}

void
ent_history_clear (EntHistory *history)
{
  if (history->used == 0)
    return;
  memset (history->keys, 0, (history->mask + 1) * sizeof *history->keys);
  history->used = 0;
}

static guint32
history_slot (const EntHistory *history,
              guint64           key)
{
  guint32 i = (guint32) key & history->mask;

  while (history->keys[i] != 0 && history->keys[i] != key)
    i = (i + 1) & history->mask;
  return i;
}

/* Records that the word with folded key @key was given @tag. */
void
ent_history_add (EntHistory *history,
                 guint64     key,
                 int         tag)
{
  guint32 i;
  int cls = tag == ENT_TAG_O ? ENT_N_CLASSES : ENT_TAG_CLASS (tag);

  key |= 1;   /* 0 marks an empty slot */
  if ((history->used + 1) * 2 > history->mask + 1)
    {
      EntHistory old = *history;

      history_alloc (history, (old.mask + 1) * 2);
      for (guint32 j = 0; j <= old.mask; j++)
        if (old.keys[j] != 0)
          {
            i = history_slot (history, old.keys[j]);
            history->keys[i] = old.keys[j];
            memcpy (history->counts[i], old.counts[j], sizeof history->counts[i]);
            history->used++;
          }
      g_free (old.keys);
      g_free (old.counts);
    }

  i = history_slot (history, key);
  if (history->keys[i] == 0)
    {
      history->keys[i] = key;
      memset (history->counts[i], 0, sizeof history->counts[i]);
      history->used++;
    }
  if (history->counts[i][cls] < G_MAXUINT16)
    history->counts[i][cls]++;
}

/* Copies the counts of @key (per class, then O) into @counts; FALSE when
 * the word has not been seen in the document. */
gboolean
ent_history_get (const EntHistory *history,
                 guint64           key,
                 guint16           counts[ENT_N_CLASSES + 1])
{
  guint32 i;

  key |= 1;
  if (history->used == 0)
    return FALSE;
  i = history_slot (history, key);
  if (history->keys[i] == 0)
    return FALSE;
  memcpy (counts, history->counts[i], sizeof history->counts[i]);
  return TRUE;
}
