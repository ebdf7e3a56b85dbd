/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The learned lexicon: how strongly a word of a block's text, a class or
 * id word of its element, or one of its ancestors' says content or
 * boilerplate ("sort", "filter", "cart", "reply", "facet", "swatch", …).
 * bench/boilerplate/train.py learns the log-odds from the training pages
 * (only words seen on several sites) and writes them as
 *
 *   winnow-boilerplate-lexicon 1
 *   w WORD LOG-ODDS        a word of the block's text
 *   o WORD LOG-ODDS        a class or id word of the block's element
 *   a WORD LOG-ODDS        a class or id word of one of its ancestors
 *   h WORD LOG-ODDS        a word of the heading the block is under
 *
 * The tokens are made here only, and bench/boilerplate/bp-bench.c dumps
 * them for train.py, so training and filter see the same tokens. */

#include "bp-private.h"

#include <string.h>

/* a block's first words say what it is ("Sort by", "Add to cart",
 * "Reply"); prose beyond them adds little and costs lookups */
#define MAX_WORDS        40
#define MAX_HEADING_WORDS 12
#define MAX_OWN_WORDS    16
#define MAX_ANCESTOR_WORDS 48
#define ANCESTOR_LEVELS  6
/* a token is the kind letter, ':' and the word */
#define MAX_TOKEN        34

/* An open-addressing table of the tokens' 64-bit hashes (0: empty) and
 * log-odds: a third of the memory of a string-keyed hash table, and no
 * string compares. Two tokens of a lexicon sharing a 64-bit hash are not
 * worth guarding against. */
struct _BpLexicon
{
  guint64 *keys;
  float   *values;
  gsize    mask;
};

void
bp_lexicon_free (BpLexicon *self)
{
  if (self == NULL)
    return;
  g_free (self->keys);
  g_free (self->values);
  g_free (self);
}

/* FNV-1a */
static guint64
token_hash (const char *token,
            gsize       length)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (gsize i = 0; i < length; i++)
    {
      h ^= (guchar) token[i];
      h *= G_GUINT64_CONSTANT (1099511628211);
    }
  return h != 0 ? h : 1;
}

static void
lexicon_insert (BpLexicon *self,
                guint64    key,
                float      value)
{
  gsize i = key & self->mask;

  while (self->keys[i] != 0 && self->keys[i] != key)
    i = (i + 1) & self->mask;
  self->keys[i] = key;
  self->values[i] = value;
}

static gboolean
lexicon_lookup (const BpLexicon *self,
                const char      *token,
                float           *value)
{
  guint64 key = token_hash (token, strlen (token));
  gsize i = key & self->mask;

  for (; self->keys[i] != 0; i = (i + 1) & self->mask)
    if (self->keys[i] == key)
      {
        *value = self->values[i];
        return TRUE;
      }
  return FALSE;
}

BpLexicon *
bp_lexicon_load (const char  *path,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(BpLexicon) self = NULL;
  gboolean header = FALSE;
  guint line_no = 0;
  char *line, *next;
  gsize size = 16;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  /* at most half full: a line per token */
  {
    gsize lines = 0;

    for (const char *c = contents; *c != '\0'; c++)
      lines += *c == '\n';
    while (size < 2 * (lines + 1))
      size *= 2;
  }
  self = g_new0 (BpLexicon, 1);
  self->keys = g_new0 (guint64, size);
  self->values = g_new0 (float, size);
  self->mask = size - 1;
  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      char *sp1, *sp2, *end = NULL;
      float value;

      line_no++;
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (line[0] == '#' || line[0] == '\0')
        continue;
      if (!header)
        {
          if (strcmp (line, "winnow-boilerplate-lexicon 1") != 0)
            {
              g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                           "%s:%u: not a boilerplate lexicon", path, line_no);
              return NULL;
            }
          header = TRUE;
          continue;
        }
      sp1 = strchr (line, ' ');
      sp2 = sp1 ? strchr (sp1 + 1, ' ') : NULL;
      if (sp1 != line + 1 || sp2 == NULL || strchr ("woah", line[0]) == NULL
          || sp2 - sp1 - 1 + 2 > MAX_TOKEN)
        {
          g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                       "%s:%u: bad lexicon line", path, line_no);
          return NULL;
        }
      value = (float) g_ascii_strtod (sp2 + 1, &end);
      if (end == sp2 + 1 || *end != '\0')
        {
          g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                       "%s:%u: bad number", path, line_no);
          return NULL;
        }
      {
        char token[MAX_TOKEN + 1];
        int len = g_snprintf (token, sizeof token, "%c:%.*s", line[0], (int) (sp2 - sp1 - 1), sp1 + 1);

        lexicon_insert (self, token_hash (token, len), value);
      }
    }
  if (!header)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s: empty lexicon", path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* ---- tokens ------------------------------------------------------------- */

/* The class and id words of @node, as bp-class-words.c splits them (ASCII
 * letters and digits, lower-cased); words with digits are generated names
 * ("css-1x2ab3"), and one letter says nothing. */
static guint
class_tokens (xmlNode     *node,
              char         kind,
              guint        max,
              BpTokenFunc  func,
              gpointer     user_data)
{
  guint emitted = 0;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      char token[MAX_TOKEN + 1];
      gsize len = 2;
      gboolean digit = FALSE;

      if ((strcmp (name, "class") != 0 && strcmp (name, "id") != 0)
          || attr->children == NULL || attr->children->type != XML_TEXT_NODE
          || attr->children->content == NULL)
        continue;
      token[0] = kind;
      token[1] = ':';
      for (const xmlChar *p = attr->children->content; ; p++)
        {
          if (g_ascii_isalnum (*p))
            {
              digit |= g_ascii_isdigit (*p);
              if (len < MAX_TOKEN)
                token[len] = g_ascii_tolower (*p);
              len++;
            }
          else
            {
              if (len >= 4 && len <= MAX_TOKEN && !digit)
                {
                  if (emitted >= max)
                    return emitted;
                  token[len] = '\0';
                  func (token, user_data);
                  emitted++;
                }
              len = 2;
              digit = FALSE;
              if (*p == '\0')
                break;
            }
        }
    }
  return emitted;
}

/* The first @max words of @text, lower-cased; words with digits are
 * figures, not vocabulary. */
static void
word_tokens (const char  *text,
             gsize        length,
             char         kind,
             guint        max,
             BpTokenFunc  func,
             gpointer     user_data)
{
  const char *p = text, *end = text + length;
  char token[MAX_TOKEN + 1 + 6];
  gsize len = 2;
  gboolean skip = FALSE;
  guint words = 0;

  token[0] = kind;
  token[1] = ':';
  while (words < max)
    {
      guchar b = p < end ? (guchar) *p : 0;
      gunichar c;
      gboolean word_char;

      /* ASCII, most of the text on most pages, without decoding */
      if (b < 0x80)
        {
          c = b;
          word_char = g_ascii_isalnum (b) || b == '_';
        }
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            c = ' ';
          word_char = g_unichar_isalnum (c) || c == '_';
        }
      if (c != 0 && word_char)
        {
          if (c < 0x80)
            {
              skip |= g_ascii_isdigit (c);
              if (len + 6 <= MAX_TOKEN)
                token[len++] = g_ascii_tolower (c);
              else
                skip = TRUE;
            }
          else
            {
              skip |= g_unichar_isdigit (c);
              if (len + 6 <= MAX_TOKEN)
                len += g_unichar_to_utf8 (g_unichar_tolower (c), token + len);
              else
                skip = TRUE;
            }
        }
      else
        {
          if (len > 2 && !skip)
            {
              token[len] = '\0';
              func (token, user_data);
              words++;
            }
          len = 2;
          skip = FALSE;
          if (c == 0)
            break;
        }
      p = p >= end ? end : b < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (p > end)
        p = end;
    }
}

/* The class and id words of the ancestors above @node (six levels, not
 * beyond <body>). */
static void
ancestor_tokens (xmlNode     *node,
                 BpTokenFunc  func,
                 gpointer     user_data)
{
  guint emitted = 0, level = 0;

  for (xmlNode *a = node->parent;
       a != NULL && a->type == XML_ELEMENT_NODE && level < ANCESTOR_LEVELS
       && strcmp ((const char *) a->name, "body") != 0 && strcmp ((const char *) a->name, "html") != 0;
       a = a->parent, level++)
    {
      emitted += class_tokens (a, 'a', MAX_ANCESTOR_WORDS - emitted, func, user_data);
      if (emitted >= MAX_ANCESTOR_WORDS)
        break;
    }
}

void
bp_lexicon_tokens (xmlNode     *node,
                   const char  *text,
                   gsize        length,
                   const char  *heading,
                   gsize        heading_length,
                   BpTokenFunc  func,
                   gpointer     user_data)
{
  word_tokens (text, length, 'w', MAX_WORDS, func, user_data);
  if (heading != NULL)
    word_tokens (heading, heading_length, 'h', MAX_HEADING_WORDS, func, user_data);
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return;
  class_tokens (node, 'o', MAX_OWN_WORDS, func, user_data);
  ancestor_tokens (node, func, user_data);
}

/* ---- features ----------------------------------------------------------- */

/* What the tokens of one kind add up to. */
typedef struct {
  guint  total;
  guint  known;
  double sum;
  double min;
  double max;
} Part;

enum { PART_WORDS, PART_OWN, PART_ANCESTORS, PART_HEADING, N_PARTS };

typedef struct {
  const BpLexicon *lexicon;
  Part             parts[N_PARTS];
} Summary;

/* Blocks under one heading share its tokens, siblings their ancestors':
 * their parts are summed once per page. */
struct _BpLexiconMemo
{
  const char *heading;
  Part        heading_part;
  GHashTable *ancestors;   /* parent element → Part */
};

BpLexiconMemo *
bp_lexicon_memo_new (void)
{
  BpLexiconMemo *memo = g_new0 (BpLexiconMemo, 1);

  memo->ancestors = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return memo;
}

void
bp_lexicon_memo_free (BpLexiconMemo *memo)
{
  if (memo == NULL)
    return;
  g_hash_table_unref (memo->ancestors);
  g_free (memo);
}

static void
summarize_token (const char *token,
                 gpointer    user_data)
{
  Summary *s = user_data;
  Part *part = &s->parts[token[0] == 'w' ? PART_WORDS : token[0] == 'o' ? PART_OWN
                         : token[0] == 'a' ? PART_ANCESTORS : PART_HEADING];
  float lo;

  part->total++;
  if (!lexicon_lookup (s->lexicon, token, &lo))
    return;
  if (part->known == 0 || lo < part->min)
    part->min = lo;
  if (part->known == 0 || lo > part->max)
    part->max = lo;
  part->sum += lo;
  part->known++;
}

void
bp_lexicon_features (const BpLexicon *self,
                     BpLexiconMemo   *memo,
                     xmlNode         *node,
                     const char      *text,
                     gsize            length,
                     const char      *heading,
                     gsize            heading_length,
                     float           *x)
{
  Summary s = { self };

  memset (x, 0, BP_LEXICON_N_FEATURES * sizeof *x);
  if (self == NULL)
    return;
  /* the tokens bp_lexicon_tokens() gives, each kind summed apart */
  word_tokens (text, length, 'w', MAX_WORDS, summarize_token, &s);
  if (heading != NULL)
    {
      if (memo != NULL && memo->heading == heading)
        s.parts[PART_HEADING] = memo->heading_part;
      else
        {
          word_tokens (heading, heading_length, 'h', MAX_HEADING_WORDS, summarize_token, &s);
          if (memo != NULL)
            {
              memo->heading = heading;
              memo->heading_part = s.parts[PART_HEADING];
            }
        }
    }
  if (node != NULL && node->type == XML_ELEMENT_NODE)
    {
      Part *cached = memo ? g_hash_table_lookup (memo->ancestors, node->parent) : NULL;

      class_tokens (node, 'o', MAX_OWN_WORDS, summarize_token, &s);
      if (cached != NULL)
        s.parts[PART_ANCESTORS] = *cached;
      else
        {
          ancestor_tokens (node, summarize_token, &s);
          if (memo != NULL)
            g_hash_table_insert (memo->ancestors, node->parent,
                                 g_memdup2 (&s.parts[PART_ANCESTORS], sizeof (Part)));
        }
    }
  /* per kind, in the features' order (words, own, ancestors, heading):
   * mean, least, most log-odds of the known tokens, and the share of
   * tokens known (train.py's Lexicon.features() mirrors this) */
  for (guint k = 0; k < N_PARTS; k++)
    {
      const Part *part = &s.parts[k];

      if (part->known == 0)
        continue;
      x[4 * k] = part->sum / part->known;
      x[4 * k + 1] = part->min;
      x[4 * k + 2] = part->max;
      x[4 * k + 3] = (double) part->known / part->total;
    }
}
