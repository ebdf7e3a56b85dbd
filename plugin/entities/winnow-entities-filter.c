/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entities filter: tags the content of a document with PERSON, ORG,
 * LOC and MISC spans from the statistical tagger and DATE, TIME, MONEY,
 * PERCENT, EMAIL and URL spans from the rules (which win where both
 * overlap), gives later short mentions the full name as their value
 * ("Moon" → "Moon Jae-in"), and leaves documents in other languages alone
 * with a note. */

#include <string.h>

#include "entities-private.h"
#include "winnow-entities-filter.h"

#define DEFAULT_MODEL "entities/entities.model"
#define NAME_HEADS "entities/name-heads.txt"
#define RULE_SCORE 0.95

struct _WinnowEntitiesFilter
{
  WinnowFilter  parent_instance;

  char         *model_path;
  char        **labels;
  char        **languages;
  double        min_score;
  gboolean      rules;

  EntModel     *model;       /* read-only after prepare */
  EntNameHeads *heads;       /* likewise */
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_LABELS,
  PROP_MIN_SCORE,
  PROP_LANGUAGES,
  PROP_RULES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WinnowEntitiesFilter, winnow_entities_filter, WINNOW_TYPE_FILTER)

static const char * const all_labels[] = {
  "PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "EMAIL", "URL", NULL
};

static const char * const default_languages[] = { "en", NULL };

static gboolean
prepare (WinnowFilter  *filter,
         GError       **error)
{
  WinnowEntitiesFilter *self = WINNOW_ENTITIES_FILTER (filter);
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; self->labels && self->labels[i]; i++)
    if (!g_strv_contains (all_labels, self->labels[i]))
      {
        g_autofree char *known = g_strjoinv (", ", (char **) all_labels);

        g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                     "Unknown entity label “%s” (known: %s)", self->labels[i], known);
        return FALSE;
      }

  path = winnow_filter_find_data_file (filter, self->model_path, DEFAULT_MODEL, error);
  if (path == NULL)
    return FALSE;
  self->model = ent_model_load (path, &local_error);
  if (self->model == NULL)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s", local_error->message);
      return FALSE;
    }

  g_clear_pointer (&self->heads, ent_name_heads_free);
  g_free (path);
  path = winnow_filter_find_data_file (filter, NULL, NAME_HEADS, error);
  if (path == NULL)
    return FALSE;
  self->heads = ent_name_heads_new ();
  if (!ent_name_heads_load (self->heads, path, &local_error))
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
wants_label (WinnowEntitiesFilter *self,
             const char           *label)
{
  return self->labels == NULL || self->labels[0] == NULL ||
         g_strv_contains ((const char * const *) self->labels, label);
}

static gboolean
wants_language (WinnowEntitiesFilter *self,
                const char           *language)
{
  if (language == NULL || *language == '\0' || g_ascii_strcasecmp (language, "und") == 0)
    return TRUE;
  for (guint i = 0; self->languages && self->languages[i]; i++)
    {
      const char *l = self->languages[i];
      gsize n = strlen (l);

      /* "en" matches "en" and "en-GB"; "*" matches everything. */
      if (g_str_equal (l, "*") ||
          (g_ascii_strncasecmp (language, l, n) == 0 && (language[n] == '\0' || language[n] == '-')))
        return TRUE;
    }
  return FALSE;
}

/* A stretch of content tagged as running text: one block, or several
 * lines broken by single line breaks. */
typedef struct {
  gsize start;
  gsize end;
} Run;

static gboolean
only_space (const char *text,
            gsize       start,
            gsize       end,
            guint      *newlines)
{
  *newlines = 0;
  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '\n')
        (*newlines)++;
      else if (!g_ascii_isspace (text[i]))
        return FALSE;
    }
  return TRUE;
}

static GArray *
content_runs (WinnowDocument *doc,
              const char     *text)
{
  g_autoptr(GPtrArray) blocks = winnow_document_get_content_blocks (doc);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  WinnowBlock *prev = NULL;

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = blocks->pdata[i];
      gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);
      guint newlines;

      /* Lines run on only into the content line right before them. */
      if (prev != NULL && winnow_block_get_index (block) != winnow_block_get_index (prev) + 1)
        prev = NULL;
      if (end <= start)
        continue;
      if (prev != NULL && runs->len > 0 &&
          winnow_block_get_kind (prev) == WINNOW_BLOCK_KIND_LINE &&
          winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_LINE &&
          start >= g_array_index (runs, Run, runs->len - 1).end &&
          only_space (text, g_array_index (runs, Run, runs->len - 1).end, start, &newlines) &&
          newlines <= 1)
        g_array_index (runs, Run, runs->len - 1).end = end;
      else
        {
          Run r = { start, end };
          g_array_append_val (runs, r);
        }
      prev = block;
    }
  return runs;
}

/* A span about to be added, on token indices. */
typedef struct {
  guint       first;
  guint       last;
  const char *label;
  double      score;
  char       *value;
  int         cls;     /* tagger class, -1 for rules */
} Found;

static void
found_clear (gpointer data)
{
  g_free (((Found *) data)->value);
}

static gboolean
same_words (const char        *text,
            const WinnowToken *tokens,
            guint              a,
            guint              b,
            guint              n)
{
  for (guint k = 0; k < n; k++)
    {
      const WinnowToken *x = &tokens[a + k], *y = &tokens[b + k];

      if (x->end - x->start != y->end - y->start ||
          memcmp (text + x->start, text + y->start, x->end - x->start) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_capitalised (const char        *text,
                const WinnowToken *t)
{
  return g_unichar_isupper (g_utf8_get_char (text + t->start)) && t->end - t->start > 1;
}

static char *
token_string (const char        *text,
              const WinnowToken *t)
{
  return g_strndup (text + t->start, t->end - t->start);
}

/* Appends full name @f to the list of the names whose first or last word
 * is @word. */
static void
index_full (GHashTable *by_word,
            char       *word,
            guint       f)
{
  GArray *list = g_hash_table_lookup (by_word, word);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_word, word, list);
    }
  else
    g_free (word);
  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != f)
    g_array_append_val (list, f);
}

/* Short mentions of a name given in full elsewhere: the value of "Moon"
 * is "Moon Jae-in", and a capitalised word the tagger left out that is the
 * first or last word of a person named before it becomes a person too
 * ("Geng said"). The nearest full name before the mention wins, else the
 * nearest after it. Full names are indexed by their first and last words,
 * so long documents cost no more than short ones per word. */
static void
resolve_aliases (const char        *text,
                 const WinnowToken *tokens,
                 guint              n_tokens,
                 GArray            *found,
                 const guint8      *covered)
{
  g_autoptr(GHashTable) by_word =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  guint n_found = found->len;

  /* @found is in document order within the tagger's mentions, which come
   * after the rule spans; the lists keep that order. */
  for (guint f = 0; f < n_found; f++)
    {
      Found *full = &g_array_index (found, Found, f);

      if (full->cls != ENT_CLASS_PER || full->last - full->first < 2)
        continue;
      index_full (by_word, token_string (text, &tokens[full->first]), f);
      index_full (by_word, token_string (text, &tokens[full->last - 1]), f);
    }
  if (g_hash_table_size (by_word) == 0)
    return;

  /* Words of full person names standing alone after them. */
  for (guint i = 0; i < n_tokens; i++)
    {
      g_autofree char *word = NULL;
      GArray *list;

      if (covered[i] || !is_capitalised (text, &tokens[i]))
        continue;
      word = token_string (text, &tokens[i]);
      list = g_hash_table_lookup (by_word, word);
      if (list == NULL)
        continue;
      for (guint k = 0; k < list->len; k++)
        {
          Found *full = &g_array_index (found, Found, g_array_index (list, guint, k));

          if (full->last <= i)
            {
              Found alias = { i, i + 1, "PERSON", full->score * 0.9, NULL, ENT_CLASS_PER };

              g_array_append_val (found, alias);
              break;
            }
        }
    }

  for (guint m = 0; m < found->len; m++)
    {
      Found *mention = &g_array_index (found, Found, m);
      guint len = mention->last - mention->first;
      g_autofree char *word = NULL;
      GArray *list;
      int best = -1;
      gboolean best_before = FALSE;

      /* Only people are named in full once and shortly afterwards; "the
       * Ministry" is not always the last ministry named. */
      if (mention->cls < 0 || mention->value != NULL || (mention->cls != ENT_CLASS_PER && len > 1))
        continue;
      word = token_string (text, &tokens[mention->first]);
      list = g_hash_table_lookup (by_word, word);
      for (guint k = 0; list && k < list->len; k++)
        {
          guint f = g_array_index (list, guint, k);
          Found *full = &g_array_index (found, Found, f);
          guint flen = full->last - full->first;
          gboolean before = full->last <= mention->first;
          gboolean contains = FALSE;

          if (f == m || flen <= len)
            continue;
          for (guint j = full->first; j + len <= full->last && !contains; j++)
            contains = same_words (text, tokens, j, mention->first, len);
          /* A single word names a person by its first or last name only. */
          if (contains && len == 1)
            contains = same_words (text, tokens, full->first, mention->first, 1) ||
                       same_words (text, tokens, full->last - 1, mention->first, 1);
          if (!contains)
            continue;
          if (best < 0 || (before && !best_before) ||
              (before == best_before &&
               (before ? full->first > g_array_index (found, Found, best).first
                       : full->first < g_array_index (found, Found, best).first)))
            {
              best = f;
              best_before = before;
            }
        }
      if (best >= 0)
        {
          Found *full = &g_array_index (found, Found, best);

          mention->value = g_strndup (text + tokens[full->first].start,
                                      tokens[full->last - 1].end - tokens[full->first].start);
          if (mention->cls != ENT_CLASS_PER)
            {
              mention->cls = ENT_CLASS_PER;
              mention->label = ent_class_label (ENT_CLASS_PER);
            }
        }
    }
}

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *x = a, *y = b;

  return x->first != y->first ? (x->first < y->first ? -1 : 1)
                              : (x->last < y->last ? -1 : x->last > y->last);
}

static gboolean
process (WinnowFilter    *filter,
         WinnowDocument  *doc,
         GCancellable    *cancellable,
         GError         **error)
{
  WinnowEntitiesFilter *self = WINNOW_ENTITIES_FILTER (filter);
  const char *language = winnow_document_get_language (doc);
  const char *name = winnow_filter_get_name (filter);
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (WinnowToken));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  g_autoptr(GArray) mentions = NULL;
  g_autofree EntWord *words = NULL;
  g_autofree int *tags = NULL;
  g_autofree float *confidence = NULL;
  g_autofree guint8 *covered = NULL;
  GDate doc_date;
  const char *text;
  gsize length;

  g_array_set_clear_func (found, found_clear);

  if (!wants_language (self, language))
    {
      g_autofree char *wanted = self->languages ? g_strjoinv (", ", self->languages) : g_strdup ("");
      g_autofree char *note = g_strdup_printf ("not tagged: the language “%s” is not among the "
                                               "languages to tag (%s)", language, wanted);
      winnow_document_add_note (doc, name, note);
      return TRUE;
    }

  text = winnow_document_get_text (doc, &length);
  runs = content_runs (doc, text);
  ent_parse_iso_date (winnow_document_get_date (doc), &doc_date);

  /* Tokens of every run, as one document for the tagger's history. */
  for (guint r = 0; r < runs->len; r++)
    {
      Run *run = &g_array_index (runs, Run, r);
      g_autoptr(GArray) part = winnow_tokenize (text + run->start, run->end - run->start);
      guint first = tokens->len;

      for (guint i = 0; i < part->len; i++)
        {
          WinnowToken *t = &g_array_index (part, WinnowToken, i);

          t->start += run->start;
          t->end += run->start;
        }
      if (part->len > 0)
        g_array_index (part, WinnowToken, 0).flags |=
          WINNOW_TOKEN_FLAG_SENTENCE_START | WINNOW_TOKEN_FLAG_LINE_START | WINNOW_TOKEN_FLAG_PARAGRAPH_START;
      g_array_append_vals (tokens, part->data, part->len);

      if (self->rules)
        {
          g_autoptr(GArray) rule_spans =
            ent_rules_apply (text, (WinnowToken *) part->data, part->len,
                             g_date_valid (&doc_date) ? &doc_date : NULL);

          for (guint k = 0; k < rule_spans->len; k++)
            {
              EntRuleSpan *rs = &g_array_index (rule_spans, EntRuleSpan, k);
              Found f = { first + rs->first, first + rs->last, rs->label, RULE_SCORE,
                          g_steal_pointer (&rs->value), -1 };

              g_array_append_val (found, f);
            }
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  if (tokens->len == 0)
    return TRUE;

  words = g_new (EntWord, tokens->len);
  tags = g_new0 (int, tokens->len);
  confidence = g_new0 (float, tokens->len);
  covered = g_new0 (guint8, tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *t = &g_array_index (tokens, WinnowToken, i);

      words[i].text = text + t->start;
      words[i].len = t->end - t->start;
      words[i].flags = t->flags;
    }
  ent_tag_words (self->model, words, tokens->len, tags, confidence);
  mentions = ent_tags_to_mentions (tags, confidence, tokens->len);
  ent_name_heads_mend (self->heads, words, tokens->len, mentions);

  for (guint k = 0; k < found->len; k++)
    for (guint i = g_array_index (found, Found, k).first; i < g_array_index (found, Found, k).last; i++)
      covered[i] = 1;
  for (guint m = 0; m < mentions->len; m++)
    {
      const EntMention *em = &g_array_index (mentions, EntMention, m);
      gboolean overlaps = FALSE;
      Found f = { em->start, em->end, ent_class_label (em->cls), em->score, NULL, em->cls };

      for (guint i = em->start; i < em->end && !overlaps; i++)
        overlaps = covered[i] != 0;
      if (overlaps)
        continue;   /* a rule span wins */
      g_array_append_val (found, f);
    }
  for (guint k = 0; k < found->len; k++)
    for (guint i = g_array_index (found, Found, k).first; i < g_array_index (found, Found, k).last; i++)
      covered[i] = 1;

  resolve_aliases (text, (const WinnowToken *) tokens->data, tokens->len, found, covered);
  g_array_sort (found, compare_found);

  for (guint k = 0; k < found->len; k++)
    {
      Found *f = &g_array_index (found, Found, k);
      const WinnowToken *first = &g_array_index (tokens, WinnowToken, f->first);
      const WinnowToken *last = &g_array_index (tokens, WinnowToken, f->last - 1);
      g_autoptr(WinnowSpan) span = NULL;

      if (!wants_label (self, f->label) || f->score < self->min_score)
        continue;
      span = winnow_span_new (first->start, last->end, f->label, f->score, name, f->value);
      winnow_document_add_span (doc, span);
    }
  return TRUE;
}

static void
winnow_entities_filter_finalize (GObject *object)
{
  WinnowEntitiesFilter *self = WINNOW_ENTITIES_FILTER (object);

  g_free (self->model_path);
  g_strfreev (self->labels);
  g_strfreev (self->languages);
  g_clear_pointer (&self->model, ent_model_unref);
  g_clear_pointer (&self->heads, ent_name_heads_free);

  G_OBJECT_CLASS (winnow_entities_filter_parent_class)->finalize (object);
}

static void
winnow_entities_filter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WinnowEntitiesFilter *self = WINNOW_ENTITIES_FILTER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_string (value, self->model_path);
      break;
    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;
    case PROP_MIN_SCORE:
      g_value_set_double (value, self->min_score);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_RULES:
      g_value_set_boolean (value, self->rules);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_entities_filter_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WinnowEntitiesFilter *self = WINNOW_ENTITIES_FILTER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_free (self->model_path);
      self->model_path = g_value_dup_string (value);
      break;
    case PROP_LABELS:
      g_strfreev (self->labels);
      self->labels = g_value_dup_boxed (value);
      break;
    case PROP_MIN_SCORE:
      self->min_score = g_value_get_double (value);
      break;
    case PROP_LANGUAGES:
      g_strfreev (self->languages);
      self->languages = g_value_dup_boxed (value);
      break;
    case PROP_RULES:
      self->rules = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_entities_filter_class_init (WinnowEntitiesFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WinnowFilterClass *filter_class = WINNOW_FILTER_CLASS (klass);

  object_class->finalize = winnow_entities_filter_finalize;
  object_class->get_property = winnow_entities_filter_get_property;
  object_class->set_property = winnow_entities_filter_set_property;
  filter_class->prepare = prepare;
  filter_class->process = process;

  properties[PROP_MODEL] =
    g_param_spec_string ("model", "Model",
                         "Path of the entity model (default: the installed " DEFAULT_MODEL ")",
                         NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABELS] =
    g_param_spec_boxed ("labels", "Labels",
                        "Labels to emit (PERSON, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT, EMAIL, URL); "
                        "empty for all",
                        G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_SCORE] =
    g_param_spec_double ("min-score", "Minimum score",
                         "Spans scoring below this are dropped",
                         0.0, 1.0, 0.0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", "Languages",
                        "Languages to tag (BCP 47 primary subtags, \"*\" for any; default: en); "
                        "documents of unknown language are always tagged",
                        G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RULES] =
    g_param_spec_boolean ("rules", "Rules",
                          "Find dates, times, money, percentages, e-mails and URLs by rule",
                          TRUE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  winnow_filter_class_set_metadata (filter_class, "Named entities",
                                    "Tags people, organisations, places and other names with an "
                                    "averaged-perceptron tagger, and dates, times, money, "
                                    "percentages, e-mails and URLs by rule");
}

static void
winnow_entities_filter_init (WinnowEntitiesFilter *self)
{
  self->languages = g_strdupv ((char **) default_languages);
  self->rules = TRUE;
}
