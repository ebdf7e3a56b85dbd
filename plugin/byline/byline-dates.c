/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "byline-dates.h"

#include <stdlib.h>
#include <string.h>

/* The shapes of dates, each a regex whose groups give year, month, day in
 * the order of its fields. */
typedef enum {
  SHAPE_ISO,        /* 2017-07-07[T10:00[:00][Z|+09:00]] */
  SHAPE_YMD,        /* 2017/07/07, 2017.07.07, 2017. 7. 7. */
  SHAPE_CJK,        /* 2017년 7월 7일, 2017年7月7日 */
  SHAPE_MONTH_DAY,  /* July 7, 2017; Mon June 5, 2023 */
  SHAPE_DAY_MONTH,  /* 7 July 2017; 7. Juli 2017; 7 de julio de 2017 */
  SHAPE_DOTTED,     /* 07.07.2017 (day first) */
  SHAPE_NUMERIC,    /* 07/07/2017, 07-07-2017 (month first in US usage) */
  SHAPE_YEAR_MONTH, /* 2023 Jan 7 (citations) */
  SHAPE_SHORT_YEAR, /* 14.11.24 (day first; "12/16/25" is too often not a date) */
  SHAPE_SHORT_YEAR_TIMED, /* 07/03/24 02:57 PM: a forum's post, as SHAPE_NUMERIC */
  N_SHAPES
} Shape;

/* The end of a year: no digit follows, or a time or a count glued to it
 * by a page that dropped the space ("October 17, 20236:01 PM ET", "May
 * 2nd 202511 mins"). */
#define YEAR_END \
  "(?:(?![\\d])|(?=\\d{1,2}(?::\\d{2}|\\s?(?:mins?|minutes?|yrs?|years?|hrs?|hours?)(?![\\p{L}]))))"

/* The start of a month name: not inside a word, unless glued to the end
 * of a lower-case word by a page that dropped the space ("7 min
 * readDec 30, 2013"). Caseless matching leaves \\p{Lu} alone. */
#define MONTH_START "(?:(?<![\\p{L}])|(?<=\\p{Ll})(?=\\p{Lu}))"

struct _BylineDateParser
{
  const BylineLexicon *lex;
  GRegex *shapes[N_SHAPES];
  GRegex *time_after;   /* a time right after the date */
  GRegex *time_before;  /* "3:41 PM EDT, Mon" right before the date */
};

void
byline_date_match_clear (BylineDateMatch *match)
{
  g_clear_pointer (&match->iso, g_free);
}

void
byline_date_parser_free (BylineDateParser *parser)
{
  if (parser == NULL)
    return;
  for (guint i = 0; i < N_SHAPES; i++)
    g_clear_pointer (&parser->shapes[i], g_regex_unref);
  g_clear_pointer (&parser->time_after, g_regex_unref);
  g_clear_pointer (&parser->time_before, g_regex_unref);
  g_free (parser);
}

BylineDateParser *
byline_date_parser_new (const BylineLexicon  *lex,
                        GError              **error)
{
  g_autoptr(BylineDateParser) parser = g_new0 (BylineDateParser, 1);
  const char *months = byline_lexicon_month_pattern (lex);
  const char *zones = byline_lexicon_zone_pattern (lex);
  char *patterns[N_SHAPES] = { NULL, };
  g_autofree char *after = NULL;
  g_autofree char *before = NULL;
  /* No G_REGEX_OPTIMIZE: the JIT code it makes trips valgrind, and the
   * patterns run on short strings. */
  GRegexCompileFlags flags = G_REGEX_CASELESS;

  parser->lex = lex;
  patterns[SHAPE_ISO] = g_strdup (
      "(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})"
      "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?"
      "(?![\\d])");
  patterns[SHAPE_YMD] = g_strdup (
      "(?<![\\d.])(\\d{4})\\s?[/.]\\s?(\\d{1,2})\\s?[/.]\\s?(\\d{1,2})\\.?(?![\\d])");
  patterns[SHAPE_CJK] = g_strdup (
      "(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]?");
  patterns[SHAPE_MONTH_DAY] = g_strdup_printf (
      MONTH_START "(%s)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})" YEAR_END,
      months);
  patterns[SHAPE_DAY_MONTH] = g_strdup_printf (
      "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?(?:\\s*|-)(?:de\\s+)?(%s)(?![\\p{L}])\\.?,?(?:\\s+|-)(?:de\\s+)?(\\d{4})" YEAR_END,
      months);
  patterns[SHAPE_DOTTED] = g_strdup (
      "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d])");
  patterns[SHAPE_NUMERIC] = g_strdup (
      "(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
  patterns[SHAPE_YEAR_MONTH] = g_strdup_printf (
      "(?<![\\d])(\\d{4})\\s+(%s)\\.?\\s+(\\d{1,2})(?![\\d])", months);
  patterns[SHAPE_SHORT_YEAR] = g_strdup (
      "(?<![\\d./-])(\\d{2})(\\.)(\\d{2})\\.(\\d{2})(?![\\d./-])");
  /* (the time after it says it is a date, not a fraction or a code) */
  patterns[SHAPE_SHORT_YEAR_TIMED] = g_strdup (
      "(?<![\\d./-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{2})(?=,?\\s+\\d{1,2}:\\d{2})");

  {
    gboolean ok = TRUE;
    for (guint i = 0; i < N_SHAPES; i++)
      {
        if (ok)
          ok = (parser->shapes[i] = g_regex_new (patterns[i], flags, 0, error)) != NULL;
        g_free (patterns[i]);
      }
    if (!ok)
      return NULL;
  }

  /* "at 2:32 p.m. ET", "à 14h32", "alle ore 14:32", "• 14.32 BST" (a dot only before a
   * zone or "a.m."), "오후 2:32", "14時32分"; a zone in capitals ("14:32
   * ist" is German, "14h32 et 15h" French) */
  after = g_strdup_printf (
      "\\s*(?:,|at|um|à|a las|às|alle ore|alle|ore|om|kl\\.?|-|–|—|\\||/|•|·)?\\s*(오전|오후)?\\s*"
      "(\\d{1,2})([:h.]|時)(\\d{2})分?(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\.?(?![\\p{L}]))?\\s*"
      "(?:(?-i:(%s))(?![\\p{L}])|([+-]\\d{2}:?\\d{2}))?",
      zones);
  parser->time_after = g_regex_new (after, flags | G_REGEX_ANCHORED, 0, error);
  if (parser->time_after == NULL)
    return NULL;

  before = g_strdup_printf (
      "(\\d{1,2}):(\\d{2})\\s*(?:([ap])\\.?\\s?m\\.?)\\s*(?:(?-i:(%s))(?![\\p{L}]))?"
      "\\s*,?\\s*(?:\\p{L}{2,9}\\.?,?\\s*)?$",
      zones);
  parser->time_before = g_regex_new (before, flags, 0, error);
  if (parser->time_before == NULL)
    return NULL;

  return g_steal_pointer (&parser);
}

static int
group_int (GMatchInfo *info,
           int         group)
{
  g_autofree char *s = g_match_info_fetch (info, group);

  return (s != NULL && *s != '\0') ? atoi (s) : -1;
}

static char *
group_str (GMatchInfo *info,
           int         group)
{
  char *s = g_match_info_fetch (info, group);

  if (s != NULL && *s == '\0')
    g_clear_pointer (&s, g_free);
  return s;
}

/* "+0900" -> "+09:00"; a zone abbreviation through the lexicon. */
static char *
normalise_offset (const BylineLexicon *lex,
                  const char          *zone,
                  const char          *offset)
{
  if (offset != NULL)
    {
      if (g_ascii_strcasecmp (offset, "Z") == 0)
        return g_strdup ("+00:00");
      if (strlen (offset) == 5)
        return g_strdup_printf ("%.3s:%s", offset, offset + 3);
      return g_strdup (offset);
    }
  if (zone != NULL)
    {
      const char *z = byline_lexicon_zone (lex, zone);
      return z != NULL ? g_strdup (z) : NULL;
    }
  return NULL;
}

/* The n-th (1-based; 5 for the last) Sunday of @month in @year. */
static int
sunday_of (int year,
           int month,
           int nth)
{
  g_autoptr(GDate) first = g_date_new_dmy (1, month, year);
  int sunday = 1 + (7 - g_date_get_weekday (first) % 7) % 7;
  int day = sunday + 7 * (nth - 1);

  while (day > g_date_get_days_in_month (month, year))
    day -= 7;
  return day;
}

/* The offset of a US zone written without saying whether it is summer
 * ("ET", "PT"): @standard ("US-05:00") an hour later from the second
 * Sunday of March to the first of November (from 2007; before, from the
 * first Sunday of April to the last of October). */
static char *
us_offset (const char *standard,
           int         year,
           int         month,
           int         day)
{
  int hours = atoi (standard + 2);
  int start_month = year >= 2007 ? 3 : 4, end_month = year >= 2007 ? 11 : 10;
  int start = sunday_of (year, start_month, year >= 2007 ? 2 : 1);
  int end = sunday_of (year, end_month, year >= 2007 ? 1 : 5);
  gboolean summer = (month > start_month || (month == start_month && day >= start)) &&
                    (month < end_month || (month == end_month && day < end));

  return g_strdup_printf ("%+03d:00", hours + (summer ? 1 : 0));
}

typedef struct {
  int hour, minute, second;
  char *offset;
  gsize start, end;   /* byte range of the time */
} TimeOfDay;

static gboolean
hour_in_range (int *hour,
               const char *ampm)
{
  if (ampm != NULL)
    {
      if (*hour < 1 || *hour > 12)
        return FALSE;
      if (g_ascii_tolower (*ampm) == 'p' && *hour < 12)
        *hour += 12;
      else if (g_ascii_tolower (*ampm) == 'a' && *hour == 12)
        *hour = 0;
    }
  return *hour >= 0 && *hour <= 23;
}

static gboolean
find_time_after (const BylineDateParser *parser,
                 const char             *text,
                 gsize                   length,
                 gsize                   from,
                 TimeOfDay              *time)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *half = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *ampm = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *offset = NULL;
  int s, e;

  if (!g_regex_match_full (parser->time_after, text, length, from, 0, &info, NULL))
    return FALSE;
  half = group_str (info, 1);
  time->hour = group_int (info, 2);
  separator = group_str (info, 3);
  time->minute = group_int (info, 4);
  time->second = MAX (group_int (info, 5), 0);
  ampm = group_str (info, 6);
  zone = group_str (info, 7);
  offset = group_str (info, 8);
  if (half != NULL && ampm == NULL)
    ampm = g_strdup (strcmp (half, "오후") == 0 ? "p" : "a");
  /* "2017 14.32 BST" is a time; "2017 10.5" is not */
  if (g_strcmp0 (separator, ".") == 0 && ampm == NULL && zone == NULL && offset == NULL)
    return FALSE;
  if (!hour_in_range (&time->hour, ampm) || time->minute > 59 || time->second > 59)
    return FALSE;
  time->offset = normalise_offset (parser->lex, zone, offset);
  g_match_info_fetch_pos (info, 0, &s, &e);
  time->start = s;
  time->end = e;
  return TRUE;
}

static gboolean
find_time_before (const BylineDateParser *parser,
                  const char             *text,
                  gsize                   date_start,
                  TimeOfDay              *time)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *ampm = NULL;
  g_autofree char *zone = NULL;
  gsize from = date_start > 48 ? date_start - 48 : 0;
  int s, e;

  /* Start the window on a character boundary. */
  while (from > 0 && (text[from] & 0xC0) == 0x80)
    from--;
  if (!g_regex_match_full (parser->time_before, text, date_start, from, 0, &info, NULL))
    return FALSE;
  time->hour = group_int (info, 1);
  time->minute = group_int (info, 2);
  time->second = 0;
  ampm = group_str (info, 3);
  zone = group_str (info, 4);
  if (!hour_in_range (&time->hour, ampm) || time->minute > 59)
    return FALSE;
  time->offset = normalise_offset (parser->lex, zone, NULL);
  g_match_info_fetch_pos (info, 0, &s, &e);
  time->start = s;
  time->end = e;
  return TRUE;
}

/* Reads year, month and day from a match of @shape. */
static gboolean
match_fields (const BylineDateParser *parser,
              Shape                   shape,
              GMatchInfo             *info,
              gboolean                day_first,
              int                    *year,
              int                    *month,
              int                    *day)
{
  switch (shape)
    {
    case SHAPE_ISO:
    case SHAPE_YMD:
    case SHAPE_CJK:
      *year = group_int (info, 1);
      *month = group_int (info, 2);
      *day = group_int (info, 3);
      return TRUE;
    case SHAPE_MONTH_DAY:
      {
        g_autofree char *name = g_match_info_fetch (info, 1);
        *month = byline_lexicon_month (parser->lex, name, -1);
        *day = group_int (info, 2);
        *year = group_int (info, 3);
        return *month > 0;
      }
    case SHAPE_DAY_MONTH:
      {
        g_autofree char *name = g_match_info_fetch (info, 2);
        *day = group_int (info, 1);
        *month = byline_lexicon_month (parser->lex, name, -1);
        *year = group_int (info, 3);
        return *month > 0;
      }
    case SHAPE_DOTTED:
      *day = group_int (info, 1);
      *month = group_int (info, 2);
      *year = group_int (info, 3);
      return TRUE;
    case SHAPE_YEAR_MONTH:
      {
        g_autofree char *name = g_match_info_fetch (info, 2);
        *year = group_int (info, 1);
        *month = byline_lexicon_month (parser->lex, name, -1);
        *day = group_int (info, 3);
        return *month > 0;
      }
    case SHAPE_SHORT_YEAR:
    case SHAPE_SHORT_YEAR_TIMED:
    case SHAPE_NUMERIC:
      {
        int a = group_int (info, 1), b = group_int (info, 3);
        *year = group_int (info, 4) + (shape == SHAPE_SHORT_YEAR_TIMED ? 2000 : 0);
        if (shape == SHAPE_SHORT_YEAR)
          {
            /* Day first, as every dotted date. */
            *year += 2000;
            *day = a;
            *month = b;
            return TRUE;
          }
        /* Month first as in the US, unless told otherwise or impossible. */
        if (a > 12 || (day_first && b <= 12))
          {
            *day = a;
            *month = b;
          }
        else
          {
            *month = a;
            *day = b;
          }
        return TRUE;
      }
    case N_SHAPES:
    default:
      return FALSE;
    }
}

/**
 * byline_date_parser_find:
 * @parser: the parser
 * @text: text to search
 * @length: its length, or -1 if nul-terminated
 * @day_first: read ambiguous numeric dates ("07/08/2017") day first
 * @min_year: earliest plausible year
 * @max_year: latest plausible year
 * @match: (out caller-allocates): the earliest date found
 *
 * Finds the earliest valid date in @text, with the time of day when one is
 * written next to it.
 *
 * Returns: %TRUE if a date was found
 */
gboolean
byline_date_parser_find (const BylineDateParser *parser,
                         const char             *text,
                         gssize                  length,
                         gboolean                day_first,
                         int                     min_year,
                         int                     max_year,
                         BylineDateMatch        *match)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  gsize best_start = G_MAXSIZE, best_end = 0;
  int best_y = 0, best_m = 0, best_d = 0;
  Shape best_shape = N_SHAPES;
  TimeOfDay time = { 0, };
  gboolean has_time = FALSE;
  gboolean four_in_a_row, short_year_possible;
  g_autoptr(GString) iso = NULL;

  memset (match, 0, sizeof *match);
  /* Every form but the short year has four digits in a row, and that one
   * has six digits and dots or slashes: most strings searched (names,
   * lines of text) have neither, and need no regex. */
  {
    guint digits = 0, run = 0;
    gboolean dot = FALSE, slash = FALSE;

    four_in_a_row = FALSE;
    for (gsize i = 0; i < len; i++)
      {
        if (g_ascii_isdigit (text[i]))
          {
            digits++;
            four_in_a_row |= ++run >= 4;
          }
        else
          {
            run = 0;
            dot |= text[i] == '.';
            slash |= text[i] == '/' || text[i] == '-';
          }
      }
    short_year_possible = digits >= 6 && (dot || slash);
    if (!four_in_a_row && !short_year_possible)
      return FALSE;
  }
  for (guint shape = 0; shape < N_SHAPES; shape++)
    {
      g_autoptr(GMatchInfo) info = NULL;

      if (shape == SHAPE_SHORT_YEAR || shape == SHAPE_SHORT_YEAR_TIMED ? !short_year_possible
                                                                        : !four_in_a_row)
        continue;

      g_regex_match_full (parser->shapes[shape], text, len, 0, 0, &info, NULL);
      while (g_match_info_matches (info))
        {
          int y, m, d, s, e;

          g_match_info_fetch_pos (info, 0, &s, &e);
          if ((gsize) s > best_start)
            break;
          if (match_fields (parser, shape, info, day_first, &y, &m, &d) &&
              y >= min_year && y <= max_year && m >= 1 && m <= 12 &&
              d >= 1 && g_date_valid_dmy (d, m, y) &&
              ((gsize) s < best_start || (gsize) e > best_end))
            {
              best_start = s;
              best_end = e;
              best_y = y;
              best_m = m;
              best_d = d;
              best_shape = shape;
              /* ISO carries its own time. */
              if (shape == SHAPE_ISO && group_int (info, 4) >= 0)
                {
                  g_autofree char *offset = group_str (info, 7);
                  g_clear_pointer (&time.offset, g_free);
                  time.hour = group_int (info, 4);
                  time.minute = group_int (info, 5);
                  time.second = MAX (group_int (info, 6), 0);
                  time.offset = normalise_offset (parser->lex, NULL, offset);
                  has_time = time.hour <= 23 && time.minute <= 59 && time.second <= 59;
                }
              else
                has_time = FALSE;
              break;
            }
          g_match_info_next (info, NULL);
        }
    }

  if (best_shape == N_SHAPES)
    {
      g_free (time.offset);
      return FALSE;
    }

  if (!has_time)
    {
      g_clear_pointer (&time.offset, g_free);
      if (find_time_after (parser, text, len, best_end, &time))
        {
          has_time = TRUE;
          best_end = time.end;
        }
      else if (find_time_before (parser, text, best_start, &time))
        {
          has_time = TRUE;
          best_start = time.start;
        }
    }

  if (has_time && time.offset != NULL && g_str_has_prefix (time.offset, "US"))
    {
      char *offset = us_offset (time.offset, best_y, best_m, best_d);
      g_free (time.offset);
      time.offset = offset;
    }

  iso = g_string_new (NULL);
  g_string_append_printf (iso, "%04d-%02d-%02d", best_y, best_m, best_d);
  if (has_time)
    {
      g_string_append_printf (iso, "T%02d:%02d:%02d", time.hour, time.minute, time.second);
      if (time.offset != NULL)
        g_string_append (iso, time.offset);
    }
  g_free (time.offset);

  match->iso = g_string_free (g_steal_pointer (&iso), FALSE);
  match->start = best_start;
  match->end = best_end;
  match->has_time = has_time;
  return TRUE;
}

/* Words before a date that make it another thing's date: a member's, a
 * product's, a company's, a comment's or an answer's, an offer's. */
static const char *foreign_labels[] = {
  "joined", "member since", "registered", "founded", "established",
  "release date", "released", "releases", "last post", "last visit", "last seen",
  "last active", "last login", "commented", "answered", "reviewed in", "reviewed on",
  "price valid", "valid until", "valid through", "expires", "expiry", "deadline",
  "copyright", "born", "died", "site design", "event date", "starts", "ends",
  "mitglied seit", "registriert", "inscrit", "miembro desde", NULL
};

static const char *update_labels[] = {
  "updated", "update", "last updated", "modified", "last modified", "edited", "last edited",
  "revised", "aktualisiert", "mis à jour", "actualizado", "actualizada", "aggiornato",
  "bijgewerkt", "atualizado", "stand", "수정", "更新", NULL
};

static const char *published_labels[] = {
  "published", "posted", "post time", "asked", "created", "submitted", "date", "publié", "veröffentlicht", "publicado",
  "pubblicato", "gepubliceerd", "入力", "입력", "등록", "작성", "発行", "公開", NULL
};

/* The offset just past the last whole-word occurrence of one of @labels in
 * @window, or -1. */
static gssize
last_label (const char  *window,
            const char **labels)
{
  gssize best = -1;

  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = strlen (labels[i]);
      for (const char *at = strstr (window, labels[i]); at != NULL; at = strstr (at + 1, labels[i]))
        {
          gboolean ascii = !(labels[i][0] & 0x80);
          if (ascii && at > window && g_ascii_isalnum (at[-1]))
            continue;
          if (ascii && g_ascii_isalpha (at[n]))
            continue;
          if ((gssize) (at - window + n) > best)
            best = at - window + n;
        }
    }
  return best;
}

/**
 * byline_date_lead_word:
 * @text: a line holding a date
 * @date_start: the byte offset of the date in @text
 *
 * What leads a line up to its date: nothing, or one word of letters
 * and then only spaces, commas or dots ("Fri 5 Dec 2025", "Monday,
 * August 11th, 2025").
 *
 * Returns: the length of that word (0 if the date starts the line), or
 *   %G_MAXSIZE if more stands before the date
 */
gsize
byline_date_lead_word (const char *text,
                       gsize       date_start)
{
  gsize word = 0, i;

  while (word < date_start && g_ascii_isalpha (text[word]))
    word++;
  i = word;
  while (i < date_start && (text[i] == ',' || text[i] == ' ' || text[i] == '.'))
    i++;
  return i == date_start ? word : G_MAXSIZE;
}

/**
 * byline_date_label:
 * @text: text holding a date
 * @date_start: the byte offset of the date in @text
 *
 * Reads the words before a date, on its line and at most a few words
 * back: the label closest to the date says what the date is.
 *
 * Returns: the label
 */
BylineDateLabel
byline_date_label (const char *text,
                   gsize       date_start)
{
  gsize from = date_start > 48 ? date_start - 48 : 0;
  g_autofree char *window = NULL;
  gssize foreign, update, published;

  for (gsize i = date_start; i > from; i--)
    if (text[i - 1] == '\n')
      {
        from = i;
        break;
      }
  while (from < date_start && (text[from] & 0xC0) == 0x80)
    from++;
  if (from == date_start)
    return BYLINE_DATE_LABEL_NONE;
  window = g_utf8_strdown (text + from, date_start - from);
  foreign = last_label (window, foreign_labels);
  update = last_label (window, update_labels);
  published = last_label (window, published_labels);
  if (foreign >= 0 && foreign >= update && foreign >= published)
    return BYLINE_DATE_LABEL_FOREIGN;
  if (update >= 0 && update >= published)
    return BYLINE_DATE_LABEL_UPDATED;
  if (published >= 0)
    return BYLINE_DATE_LABEL_PUBLISHED;
  return BYLINE_DATE_LABEL_NONE;
}

/* The units of a relative time, spelt out and abbreviated ("2 yrs ago",
 * "3h ago"), singular and plural. */
static const char * const relative_units[] = {
  "seconds", "second", "secs", "sec", "s",
  "minutes", "minute", "mins", "min", "m",
  "hours", "hour", "hrs", "hr", "h",
  "days", "day", "d",
  "weeks", "week", "wks", "wk", "w",
  "months", "month", "mos", "mo",
  "years", "year", "yrs", "yr", "y",
  NULL
};

/* The length of the unit at @s (followed by a space), or 0. */
static gsize
relative_unit (const char *s,
               gsize       n)
{
  for (guint k = 0; relative_units[k] != NULL; k++)
    {
      gsize w = strlen (relative_units[k]);
      if (n > w && s[w] == ' ' && g_ascii_strncasecmp (s, relative_units[k], w) == 0)
        return w;
    }
  return 0;
}

/**
 * byline_find_relative_time:
 * @text: a line
 * @n: its length in bytes
 * @start: (out) (optional): where the relative time starts
 *
 * Finds a time given relative to the reading ("17 hours ago", "2 yrs
 * ago", "an hour ago"): a thread's posts and a feed's items say when
 * they were posted that way. It names no day, so it is no date to
 * report, but it dates the line it is on.
 *
 * Returns: whether @text holds one
 */
gboolean
byline_find_relative_time (const char *text,
                           gsize       n,
                           gsize      *start)
{
  for (gsize i = 0; i < n; i++)
    {
      gsize j = i, unit;

      if (i > 0 && g_ascii_isalnum (text[i - 1]))
        continue;
      if (g_ascii_isdigit (text[i]))
        {
          while (j < n && g_ascii_isdigit (text[j]))
            j++;
          if (j - i > 3)
            continue;
        }
      else if (n - i >= 2 && g_ascii_strncasecmp (text + i, "a ", 2) == 0)
        j = i + 1;
      else if (n - i >= 3 && g_ascii_strncasecmp (text + i, "an ", 3) == 0)
        j = i + 2;
      else
        continue;
      if (j < n && text[j] == ' ')
        j++;
      unit = relative_unit (text + j, n - j);
      /* "a" and "an" take the words ("an hour ago"), not "a h ago" */
      if (unit == 0 || (!g_ascii_isdigit (text[i]) && unit < 3))
        continue;
      j += unit + 1;
      if (n - j >= 3 && g_ascii_strncasecmp (text + j, "ago", 3) == 0 &&
          (j + 3 == n || !g_ascii_isalpha (text[j + 3])))
        {
          if (start != NULL)
            *start = i;
          return TRUE;
        }
    }
  return FALSE;
}
