/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-pipeline-parser-private.h"
#include "winnow-value-parser-private.h"
#include "winnow-names-private.h"

/* The pipeline description grammar:
 *
 *   pipeline := filter ( '!' filter )*
 *   filter   := NAME ( PROP '=' VALUE )*
 *   VALUE    := bare word | "double quoted" | 'single quoted'
 *
 * A linear chain needs no parser generator: the description is cut into
 * shell-style words, `!` outside quotes separates filters. Every error
 * names its position (1-based, in characters) and, for a misspelt name,
 * the closest known one. */

typedef struct {
  char  *text;
  glong  position;     /* of the word's first character */
  glong  value_position;
  gboolean is_bang;
} Word;

static void
word_clear (Word *word)
{
  g_free (word->text);
}

static glong
char_position (const char *description,
               const char *p)
{
  return g_utf8_pointer_to_offset (description, p) + 1;
}

static GArray *
split_words (const char  *description,
             GError     **error)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *p = description;

  g_array_set_clear_func (words, (GDestroyNotify) word_clear);
  while (*p)
    {
      GString *text;
      Word word = { 0 };

      if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      word.position = char_position (description, p);
      if (*p == '!')
        {
          word.is_bang = TRUE;
          word.text = g_strdup ("!");
          g_array_append_val (words, word);
          p++;
          continue;
        }

      text = g_string_new (NULL);
      while (*p && !g_ascii_isspace (*p) && *p != '!')
        {
          if (*p == '"' || *p == '\'')
            {
              char quote = *p;
              const char *open = p++;

              if (word.value_position == 0)
                word.value_position = char_position (description, open);
              while (*p && *p != quote)
                {
                  if (quote == '"' && *p == '\\' && (p[1] == '"' || p[1] == '\\'))
                    p++;
                  g_string_append_c (text, *p++);
                }
              if (*p != quote)
                {
                  g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                               "Unterminated %s quote at position %ld",
                               quote == '"' ? "double" : "single",
                               char_position (description, open));
                  g_string_free (text, TRUE);
                  g_array_unref (words);
                  return NULL;
                }
              p++;
              continue;
            }
          if (*p == '=' && word.value_position == 0)
            word.value_position = char_position (description, p + 1);
          g_string_append_c (text, *p++);
        }
      word.text = g_string_free (text, FALSE);
      g_array_append_val (words, word);
    }
  return words;
}

static const char *
closest_property (GObjectClass *klass,
                  const char   *name)
{
  guint n, best_distance = G_MAXUINT;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (klass, &n);
  const char *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint d;
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || strcmp (pspecs[i]->name, "name") == 0)
        continue;
      d = _winnow_edit_distance (name, pspecs[i]->name);
      if (d < best_distance)
        {
          best_distance = d;
          best = pspecs[i]->name;
        }
    }
  return best && _winnow_is_likely_misspelling (name, best_distance) ? best : NULL;
}

/* Builds one filter from the words [first, last) of a segment. */
static WinnowFilter *
build_filter (WinnowRegistry  *registry,
              GArray          *words,
              guint            first,
              guint            last,
              GError         **error)
{
  Word *name_word = &g_array_index (words, Word, first);
  g_autoptr(WinnowFilterInfo) info = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  WinnowFilter *filter;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  if (strchr (name_word->text, '=') || !_winnow_is_valid_filter_name (name_word->text))
    {
      g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                   "Expected a filter name at position %ld, found “%s”",
                   name_word->position, name_word->text);
      return NULL;
    }
  info = winnow_registry_lookup (registry, name_word->text);
  if (info == NULL)
    {
      g_autofree char *suggestion = winnow_registry_suggest_name (registry, name_word->text);
      if (suggestion)
        g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER,
                     "No filter named “%s” at position %ld; did you mean “%s”?",
                     name_word->text, name_word->position, suggestion);
      else
        g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER,
                     "No filter named “%s” at position %ld",
                     name_word->text, name_word->position);
      return NULL;
    }
  klass = g_type_class_ref (winnow_filter_info_get_filter_type (info));

  for (guint i = first + 1; i < last; i++)
    {
      Word *word = &g_array_index (words, Word, i);
      const char *eq = strchr (word->text, '=');
      g_autofree char *prop = NULL;
      GParamSpec *pspec;
      GValue value = G_VALUE_INIT;
      g_autoptr(GError) value_error = NULL;

      if (eq == NULL)
        {
          g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                       "Expected PROPERTY=VALUE at position %ld, found “%s” "
                       "(use ! between filters)", word->position, word->text);
          return NULL;
        }
      prop = g_strndup (word->text, eq - word->text);
      if (*prop == '\0' || word->value_position == 0 ||
          word->value_position <= word->position)
        {
          g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                       "Missing property name before “=” at position %ld", word->position);
          return NULL;
        }
      pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), prop);
      if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) || strcmp (pspec->name, "name") == 0)
        {
          const char *suggestion = closest_property (G_OBJECT_CLASS (klass), prop);
          g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY,
                       "Filter “%s” has no property “%s” (position %ld)%s%s%s",
                       name_word->text, prop, word->position,
                       suggestion ? "; did you mean “" : "",
                       suggestion ? suggestion : "", suggestion ? "”?" : "");
          return NULL;
        }
      if (!_winnow_value_from_string (pspec, eq + 1, &value, &value_error))
        {
          g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                       "%s (position %ld)", value_error->message, word->value_position);
          if (G_IS_VALUE (&value))
            g_value_unset (&value);
          return NULL;
        }
      g_ptr_array_add (names, g_strdup (pspec->name));
      g_array_append_val (values, value);
    }

  filter = winnow_registry_create_filter_with_properties (registry, name_word->text,
                                                         names->len,
                                                         (const char **) names->pdata,
                                                         (const GValue *) values->data,
                                                         error);
  return filter;
}

GPtrArray *
_winnow_pipeline_parse (WinnowRegistry  *registry,
                        const char      *description,
                        GError         **error)
{
  g_autoptr(GArray) words = NULL;
  g_autoptr(GPtrArray) filters = NULL;
  guint start = 0;

  if (!g_utf8_validate (description, -1, NULL))
    {
      g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                   "The pipeline description is not valid UTF-8");
      return NULL;
    }
  words = split_words (description, error);
  if (words == NULL)
    return NULL;
  if (words->len == 0)
    {
      g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                   "The pipeline description is empty");
      return NULL;
    }

  filters = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i <= words->len; i++)
    {
      Word *word = i < words->len ? &g_array_index (words, Word, i) : NULL;
      WinnowFilter *filter;

      if (word && !word->is_bang)
        continue;
      if (i == start)
        {
          glong position = word ? word->position
                                : g_array_index (words, Word, i - 1).position + 1;
          g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_SYNTAX,
                       "Missing filter %s “!” at position %ld",
                       word ? "before" : "after", position);
          return NULL;
        }
      filter = build_filter (registry, words, start, i, error);
      if (filter == NULL)
        return NULL;
      g_ptr_array_add (filters, filter);
      start = i + 1;
    }
  return g_steal_pointer (&filters);
}

static gboolean
needs_quotes (const char *value)
{
  if (*value == '\0')
    return TRUE;
  for (const char *p = value; *p; p++)
    if (g_ascii_isspace (*p) || *p == '!' || *p == '"' || *p == '\'' || *p == '\\')
      return TRUE;
  return FALSE;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      if (sa == NULL || sb == NULL)
        return sa == sb;
      return g_strv_equal (sa, sb);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

/* One filter back into description form: its name and every writable
 * property whose value differs from that of a new filter of its type
 * (which, unlike the GParamSpec default, also covers boxed values such
 * as string lists). */
char *
_winnow_filter_to_description (WinnowFilter *filter)
{
  GString *s = g_string_new (winnow_filter_get_name (filter));
  guint n;
  g_autofree GParamSpec **pspecs =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (filter), &n);
  g_autoptr(GObject) pristine = g_object_new (G_OBJECT_TYPE (filter), NULL);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) default_value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      if (!(pspec->flags & G_PARAM_READABLE) || !(pspec->flags & G_PARAM_WRITABLE) ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) || strcmp (pspec->name, "name") == 0)
        continue;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (filter), pspec->name, &value);
      g_value_init (&default_value, pspec->value_type);
      g_object_get_property (pristine, pspec->name, &default_value);
      if (values_equal (pspec, &value, &default_value))
        continue;
      text = _winnow_value_to_string (&value);
      if (needs_quotes (text))
        {
          g_string_append_printf (s, " %s=\"", pspec->name);
          for (const char *p = text; *p; p++)
            {
              if (*p == '"' || *p == '\\')
                g_string_append_c (s, '\\');
              g_string_append_c (s, *p);
            }
          g_string_append_c (s, '"');
        }
      else
        g_string_append_printf (s, " %s=%s", pspec->name, text);
    }
  return g_string_free (s, FALSE);
}
