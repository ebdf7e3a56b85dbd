/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Word classes induced from unlabeled text with the exchange algorithm
 * (Kneser & Ney 1993; Martin, Liermann & Ney 1998): words are moved
 * between a fixed number of classes to maximise the likelihood of a
 * class-bigram model, so words used alike ("Monday" and "Tuesday", "Reuters"
 * and "AP") end up together. The tagger uses the classes of several
 * granularities as features, as Ratinov & Roth used Brown clusters.
 *
 * Words are folded as the tagger folds them (lower case, digits as 0).
 * Each word's classes are written one line per word: word, then a class
 * number per granularity, tab-separated. */

#include <math.h>
#include <string.h>

#include "entities-private.h"

typedef struct {
  guint32 word;
  guint32 count;
} Neighbour;

typedef struct {
  GHashTable *ids;        /* folded word -> id + 1 */
  GPtrArray  *words;      /* id -> folded word */
  GArray     *counts;     /* id -> count (guint32) */
  GArray     *stream;     /* ids of the text; 0 marks a sentence boundary */
} Text;

#define BOUNDARY 0

static guint32
word_id (Text       *t,
         const char *word)
{
  gpointer v = g_hash_table_lookup (t->ids, word);
  guint32 id, zero = 0;

  if (v != NULL)
    return GPOINTER_TO_UINT (v) - 1;
  id = t->words->len;
  g_ptr_array_add (t->words, g_strdup (word));
  g_array_append_val (t->counts, zero);
  g_hash_table_insert (t->ids, t->words->pdata[id], GUINT_TO_POINTER (id + 1));
  return id;
}

static gboolean
read_text (Text        *t,
           const char  *path,
           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GArray) tokens = NULL;
  gsize length;
  guint32 boundary = BOUNDARY;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT, "%s is not UTF-8", path);
      return FALSE;
    }
  tokens = winnow_tokenize (contents, length);
  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *tok = &g_array_index (tokens, WinnowToken, i);
      char buf[64];
      g_autofree char *folded = NULL;
      guint32 id;

      if (tok->flags & (WINNOW_TOKEN_FLAG_SENTENCE_START | WINNOW_TOKEN_FLAG_LINE_START))
        g_array_append_val (t->stream, boundary);
      if (tok->end - tok->start >= sizeof buf - 1)
        continue;
      folded = g_utf8_strdown (contents + tok->start, tok->end - tok->start);
      g_strlcpy (buf, folded, sizeof buf);
      for (char *p = buf; *p; p++)
        if (g_ascii_isdigit (*p))
          *p = '0';
      id = word_id (t, buf);
      g_array_index (t->counts, guint32, id)++;
      g_array_append_val (t->stream, id);
    }
  g_array_append_val (t->stream, boundary);
  return TRUE;
}

static inline double
xlogx (double x)
{
  return x > 0 ? x * log (x) : 0.0;
}

typedef struct {
  guint      n_words;
  guint      n_classes;
  guint32   *cls;           /* word -> class */
  double    *n_class;       /* class counts */
  double    *n_pair;        /* n_classes * n_classes */
  Neighbour **succ;         /* word -> successors */
  guint      *n_succ;
  Neighbour **pred;
  guint      *n_pred;
  guint32   *count;
} Exchange;

/* Moves @w (with its neighbour class counts @s, @p and self-loop count
 * @self) into or out of class @c; @sign is +1 or -1. */
static void
apply (Exchange     *x,
       guint32       w,
       guint32       c,
       const double *s,
       const double *p,
       const guint  *touched,
       guint         n_touched,
       double        self,
       double        sign)
{
  guint C = x->n_classes;

  for (guint k = 0; k < n_touched; k++)
    {
      guint32 d = touched[k];

      x->n_pair[(gsize) c * C + d] += sign * s[d];
      x->n_pair[(gsize) d * C + c] += sign * p[d];
    }
  x->n_pair[(gsize) c * C + c] += sign * self;
  x->n_class[c] += sign * x->count[w];
}

static void
exchange_iteration (Exchange *x,
                    const guint32 *order,
                    guint    *moved)
{
  guint C = x->n_classes;
  g_autofree double *s = g_new0 (double, C);
  g_autofree double *p = g_new0 (double, C);
  g_autofree guint *touched = g_new (guint, C);
  g_autofree guint8 *is_touched = g_new0 (guint8, C);

  *moved = 0;
  for (guint o = 0; o < x->n_words; o++)
    {
      guint32 w = order[o];
      guint32 a = x->cls[w], best = a;
      guint n_touched = 0;
      double self = 0, best_delta = -G_MAXDOUBLE, nw = x->count[w];

      for (guint k = 0; k < x->n_succ[w]; k++)
        {
          Neighbour *nb = &x->succ[w][k];
          guint32 d;

          if (nb->word == w)
            {
              self += nb->count;
              continue;
            }
          d = x->cls[nb->word];
          if (!is_touched[d])
            is_touched[d] = 1, touched[n_touched++] = d;
          s[d] += nb->count;
        }
      for (guint k = 0; k < x->n_pred[w]; k++)
        {
          Neighbour *nb = &x->pred[w][k];
          guint32 d;

          if (nb->word == w)
            continue;
          d = x->cls[nb->word];
          if (!is_touched[d])
            is_touched[d] = 1, touched[n_touched++] = d;
          p[d] += nb->count;
        }

      apply (x, w, a, s, p, touched, n_touched, self, -1);

      for (guint32 b = 0; b < C; b++)
        {
          double delta = 0;
          const double *row = x->n_pair + (gsize) b * C;

          for (guint k = 0; k < n_touched; k++)
            {
              guint32 d = touched[k];

              if (d == b)
                continue;
              if (s[d] > 0)
                delta += xlogx (row[d] + s[d]) - xlogx (row[d]);
              if (p[d] > 0)
                delta += xlogx (x->n_pair[(gsize) d * C + b] + p[d]) - xlogx (x->n_pair[(gsize) d * C + b]);
            }
          delta += xlogx (row[b] + s[b] + p[b] + self) - xlogx (row[b]);
          delta -= 2 * (xlogx (x->n_class[b] + nw) - xlogx (x->n_class[b]));
          if (delta > best_delta + 1e-9 || (b == a && delta >= best_delta - 1e-9))
            {
              best_delta = delta;
              best = b;
            }
        }

      apply (x, w, best, s, p, touched, n_touched, self, +1);
      if (best != a)
        {
          x->cls[w] = best;
          (*moved)++;
        }
      for (guint k = 0; k < n_touched; k++)
        {
          s[touched[k]] = p[touched[k]] = 0;
          is_touched[touched[k]] = 0;
        }
    }
}

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Clusters the words of @files occurring at least @min_count times into
 * each number of classes of @n_classes and writes the result to @output. */
gboolean
ent_induce_clusters (const char * const *files,
                     const guint        *n_classes,
                     guint               n_levels,
                     guint               min_count,
                     guint               iterations,
                     gboolean            verbose,
                     const char         *output,
                     GError            **error)
{
  Text t = { 0, };
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree guint32 *map = NULL;       /* text id -> vocabulary id (0: rare) */
  g_autofree guint32 *order = NULL;
  g_autoptr(GPtrArray) vocab = g_ptr_array_new ();
  g_autoptr(GArray) vcount = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree guint32 *result = NULL;
  guint V;
  gboolean ok;

  t.ids = g_hash_table_new (g_str_hash, g_str_equal);
  t.words = g_ptr_array_new_with_free_func (g_free);
  t.counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  t.stream = g_array_new (FALSE, FALSE, sizeof (guint32));
  word_id (&t, "<s>");

  for (guint f = 0; files[f]; f++)
    if (!read_text (&t, files[f], error))
      {
        ok = FALSE;
        goto out;
      }

  /* The vocabulary: frequent words, most frequent first; rare words share
   * one id, as do sentence boundaries. */
  {
    g_autofree guint32 *by_count = g_new (guint32, t.words->len);
    guint n = 0;

    for (guint32 i = 1; i < t.words->len; i++)
      if (g_array_index (t.counts, guint32, i) >= min_count)
        by_count[n++] = i;
    /* Stable order: count, then the word. */
    for (guint i = 1; i < n; i++)
      {
        guint32 v = by_count[i];
        guint j = i;
        guint32 cv = g_array_index (t.counts, guint32, v);

        while (j > 0)
          {
            guint32 u = by_count[j - 1];
            guint32 cu = g_array_index (t.counts, guint32, u);

            if (cu > cv || (cu == cv && strcmp (t.words->pdata[u], t.words->pdata[v]) < 0))
              break;
            by_count[j] = u;
            j--;
          }
        by_count[j] = v;
      }
    map = g_new0 (guint32, t.words->len);
    g_ptr_array_add (vocab, (gpointer) "<other>");
    g_array_append_val (vcount, (guint32) { 0 });
    for (guint i = 0; i < n; i++)
      {
        map[by_count[i]] = vocab->len;
        g_ptr_array_add (vocab, t.words->pdata[by_count[i]]);
        g_array_append_val (vcount, g_array_index (t.counts, guint32, by_count[i]));
      }
  }
  V = vocab->len;
  for (guint i = 0; i < t.stream->len; i++)
    {
      guint32 id = g_array_index (t.stream, guint32, i);
      if (id != BOUNDARY && map[id] == 0)
        g_array_index (vcount, guint32, 0)++;
    }

  /* Bigram counts, as sorted (left << 32 | right) keys. */
  for (guint i = 0; i + 1 < t.stream->len; i++)
    {
      guint32 a = g_array_index (t.stream, guint32, i), b = g_array_index (t.stream, guint32, i + 1);
      guint64 key;

      if (a == BOUNDARY || b == BOUNDARY)
        continue;
      key = ((guint64) map[a] << 32) | map[b];
      g_array_append_val (pairs, key);
    }
  g_array_sort (pairs, compare_u64);
  if (verbose)
    g_printerr ("%u tokens, %u words kept of %u, %u bigrams\n", t.stream->len, V - 1,
                t.words->len - 1, pairs->len);

  result = g_new0 (guint32, (gsize) V * n_levels);
  order = g_new (guint32, V);
  for (guint32 w = 0; w < V; w++)
    order[w] = w;

  for (guint level = 0; level < n_levels; level++)
    {
      Exchange x = { 0, };
      guint C = n_classes[level];
      g_autoptr(GArray) succ = g_array_new (FALSE, FALSE, sizeof (Neighbour));
      g_autofree guint *succ_start = g_new0 (guint, V + 1);
      g_autofree guint *pred_start = g_new0 (guint, V + 1);
      g_autofree Neighbour *pred_all = NULL;
      g_autofree guint *pred_fill = g_new0 (guint, V);

      x.n_words = V;
      x.n_classes = C;
      x.cls = g_new (guint32, V);
      x.n_class = g_new0 (double, C);
      x.n_pair = g_new0 (double, (gsize) C * C);
      x.succ = g_new (Neighbour *, V);
      x.n_succ = g_new0 (guint, V);
      x.pred = g_new (Neighbour *, V);
      x.n_pred = g_new0 (guint, V);
      x.count = (guint32 *) vcount->data;

      /* Successor and predecessor lists from the sorted bigrams. */
      for (guint i = 0; i < pairs->len;)
        {
          guint64 key = g_array_index (pairs, guint64, i);
          guint j = i;
          Neighbour nb;

          while (j < pairs->len && g_array_index (pairs, guint64, j) == key)
            j++;
          nb.word = (guint32) key;
          nb.count = j - i;
          g_array_append_val (succ, nb);
          succ_start[(key >> 32) + 1]++;
          pred_start[(guint32) key + 1]++;
          i = j;
        }
      for (guint w = 0; w < V; w++)
        {
          succ_start[w + 1] += succ_start[w];
          pred_start[w + 1] += pred_start[w];
        }
      pred_all = g_new (Neighbour, MAX (succ->len, 1));
      for (guint w = 0; w < V; w++)
        for (guint k = succ_start[w]; k < succ_start[w + 1]; k++)
          {
            Neighbour *nb = &g_array_index (succ, Neighbour, k);
            guint32 r = nb->word;

            pred_all[pred_start[r] + pred_fill[r]++] = (Neighbour) { w, nb->count };
          }
      for (guint w = 0; w < V; w++)
        {
          x.succ[w] = (Neighbour *) succ->data + succ_start[w];
          x.n_succ[w] = succ_start[w + 1] - succ_start[w];
          x.pred[w] = pred_all + pred_start[w];
          x.n_pred[w] = pred_start[w + 1] - pred_start[w];
        }

      /* The most frequent words start in classes of their own. */
      for (guint w = 0; w < V; w++)
        x.cls[w] = w < C ? w : w % C;
      for (guint w = 0; w < V; w++)
        x.n_class[x.cls[w]] += x.count[w];
      for (guint w = 0; w < V; w++)
        for (guint k = 0; k < x.n_succ[w]; k++)
          x.n_pair[(gsize) x.cls[w] * C + x.cls[x.succ[w][k].word]] += x.succ[w][k].count;

      for (guint it = 0; it < iterations; it++)
        {
          guint moved;

          exchange_iteration (&x, order, &moved);
          if (verbose)
            g_printerr ("%u classes, iteration %u: %u words moved\n", C, it + 1, moved);
          if (moved == 0)
            break;
        }
      for (guint w = 0; w < V; w++)
        result[(gsize) w * n_levels + level] = x.cls[w];

      g_free (x.cls);
      g_free (x.n_class);
      g_free (x.n_pair);
      g_free (x.succ);
      g_free (x.n_succ);
      g_free (x.pred);
      g_free (x.n_pred);
    }

  g_string_append_printf (out, "# word classes (exchange algorithm), granularities:");
  for (guint level = 0; level < n_levels; level++)
    g_string_append_printf (out, " %u", n_classes[level]);
  g_string_append_c (out, '\n');
  for (guint w = 1; w < V; w++)
    {
      g_string_append (out, vocab->pdata[w]);
      for (guint level = 0; level < n_levels; level++)
        g_string_append_printf (out, "\t%u", result[(gsize) w * n_levels + level]);
      g_string_append_c (out, '\n');
    }
  ok = g_file_set_contents (output, out->str, out->len, error);

out:
  g_hash_table_unref (t.ids);
  g_ptr_array_unref (t.words);
  g_array_unref (t.counts);
  g_array_unref (t.stream);
  return ok;
}

struct _EntClusters
{
  GArray *keys;      /* guint64, sorted order of reading */
  GArray *values;    /* guint32: ENT_CLUSTER_KNOWN | classes, 10 bits each */
};

void
ent_clusters_free (EntClusters *clusters)
{
  if (clusters == NULL)
    return;
  g_array_unref (clusters->keys);
  g_array_unref (clusters->values);
  g_free (clusters);
}

guint
ent_clusters_size (const EntClusters *clusters)
{
  return clusters->keys->len;
}

/* Reads a word class file: "word<TAB>class<TAB>class..." per line, the
 * first ENT_CLUSTER_LEVELS classes used, each below 1024. */
EntClusters *
ent_clusters_load (const char  *path,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  EntClusters *clusters;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  clusters = g_new0 (EntClusters, 1);
  clusters->keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  clusters->values = g_array_new (FALSE, FALSE, sizeof (guint32));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint32 value = ENT_CLUSTER_KNOWN;
      guint64 key;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) < 1 + ENT_CLUSTER_LEVELS)
        {
          g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT,
                       "%s:%u: expected a word and %d classes", path, i + 1, ENT_CLUSTER_LEVELS);
          ent_clusters_free (clusters);
          return NULL;
        }
      for (guint k = 0; k < ENT_CLUSTER_LEVELS; k++)
        value |= (guint32) (g_ascii_strtoull (fields[1 + k], NULL, 10) & 1023) << (10 * k);
      key = ent_word_key (fields[0], strlen (fields[0])) | 1;
      g_array_append_val (clusters->keys, key);
      g_array_append_val (clusters->values, value);
    }
  return clusters;
}

/* Lays the classes out as an open-addressing table at most half full. */
void
ent_clusters_compile (const EntClusters *clusters,
                      GArray            *keys,
                      GArray            *values)
{
  guint32 n_slots = 16, mask;

  while (n_slots < 2 * clusters->keys->len)
    n_slots *= 2;
  mask = n_slots - 1;
  g_array_set_size (keys, n_slots);
  g_array_set_size (values, n_slots);
  memset (keys->data, 0, n_slots * sizeof (guint64));
  memset (values->data, 0, n_slots * sizeof (guint32));
  for (guint j = 0; j < clusters->keys->len; j++)
    {
      guint64 key = g_array_index (clusters->keys, guint64, j);
      guint32 i = (guint32) key & mask;

      while (g_array_index (keys, guint64, i) != 0 && g_array_index (keys, guint64, i) != key)
        i = (i + 1) & mask;
      g_array_index (keys, guint64, i) = key;
      g_array_index (values, guint32, i) = g_array_index (clusters->values, guint32, j);
    }
}
