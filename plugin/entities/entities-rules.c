/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Rules for the entities a statistical tagger has no business guessing:
 * dates, times, amounts of money, percentages, e-mail addresses and URLs,
 * each with a normalised value (ISO 8601 dates and times, "1500000 USD",
 * "7.5%", lower-cased addresses). Dates without a year and day names are
 * resolved against the document's date when one is known. */

#include <stdlib.h>
#include <string.h>

#include "entities-private.h"

typedef struct {
  const char        *text;
  const WinnowToken *tokens;
  guint              n;
  const GDate       *doc_date;
} Ctx;

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static const char * const day_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static inline gsize
tok_len (const Ctx *c,
         guint      i)
{
  return c->tokens[i].end - c->tokens[i].start;
}

static inline const char *
tok_text (const Ctx *c,
          guint      i)
{
  return c->text + c->tokens[i].start;
}

static gboolean
tok_is (const Ctx  *c,
        guint       i,
        const char *word)
{
  gsize len = strlen (word);

  return i < c->n && tok_len (c, i) == len &&
         g_ascii_strncasecmp (tok_text (c, i), word, len) == 0;
}

/* Copies token @i without a final period, lower-cased, into @buf. */
static const char *
tok_lower (const Ctx *c,
           guint      i,
           char      *buf,
           gsize      size)
{
  gsize len = MIN (tok_len (c, i), size - 1);

  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (tok_text (c, i)[k]);
  if (len > 0 && buf[len - 1] == '.')
    len--;
  buf[len] = '\0';
  return buf;
}

/* Month 1-12 of a month name or abbreviation ("Sept.", "Jan"), else 0.
 * "May" counts only when @allow_may. */
static int
parse_month (const Ctx *c,
             guint      i)
{
  char buf[16];
  const char *w;
  gsize len;

  if (i >= c->n || tok_len (c, i) >= sizeof buf || !g_ascii_isupper (tok_text (c, i)[0]))
    return 0;
  w = tok_lower (c, i, buf, sizeof buf);
  len = strlen (w);
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    {
      if (strcmp (w, month_names[m]) == 0)
        return m + 1;
      /* Abbreviations: "Jan", "Sept", with or without the period. */
      if (len <= 4 && strncmp (w, month_names[m], len) == 0 && (len == 3 || strcmp (w, "sept") == 0))
        return m + 1;
    }
  return 0;
}

static int
parse_weekday (const Ctx *c,
               guint      i)
{
  char buf[16];
  const char *w;

  if (i >= c->n || tok_len (c, i) >= sizeof buf || !g_ascii_isupper (tok_text (c, i)[0]))
    return 0;
  w = tok_lower (c, i, buf, sizeof buf);
  for (int d = 0; d < 7; d++)
    if (strcmp (w, day_names[d]) == 0 ||
        (strlen (w) >= 3 && strlen (w) <= 4 && tok_text (c, i)[tok_len (c, i) - 1] == '.' &&
         strncmp (w, day_names[d], strlen (w)) == 0))
      return d + 1;   /* G_DATE_MONDAY is 1 */
  return 0;
}

/* An unsigned integer token of at most @max_digits digits, or -1. An
 * ordinal suffix ("4th") is accepted when @ordinal. */
static int
parse_int (const Ctx *c,
           guint      i,
           guint      max_digits,
           gboolean   ordinal)
{
  const char *t;
  gsize len, k = 0;
  int v = 0;

  if (i >= c->n)
    return -1;
  t = tok_text (c, i);
  len = tok_len (c, i);
  while (k < len && g_ascii_isdigit (t[k]))
    v = v * 10 + (t[k++] - '0');
  if (k == 0 || k > max_digits)
    return -1;
  if (k == len)
    return v;
  if (ordinal && len - k == 2 &&
      (g_ascii_strncasecmp (t + k, "st", 2) == 0 || g_ascii_strncasecmp (t + k, "nd", 2) == 0 ||
       g_ascii_strncasecmp (t + k, "rd", 2) == 0 || g_ascii_strncasecmp (t + k, "th", 2) == 0))
    return v;
  return -1;
}

/* A range of days as one token, "5-9" or "11-13". */
static gboolean
parse_day_range (const Ctx *c,
                 guint      i,
                 int       *from,
                 int       *to)
{
  const char *t;
  gsize len;
  char buf[8];
  char rest;

  if (i >= c->n || (len = tok_len (c, i)) < 3 || len > 5)
    return FALSE;
  t = tok_text (c, i);
  memcpy (buf, t, len);
  buf[len] = '\0';
  if (sscanf (buf, "%2d-%2d%c", from, to, &rest) != 2 || !g_ascii_isdigit (buf[len - 1]))
    return FALSE;
  return *from >= 1 && *to <= 31 && *from < *to;
}

static int
parse_year (const Ctx *c,
            guint      i)
{
  int y = parse_int (c, i, 4, FALSE);

  return (i < c->n && tok_len (c, i) == 4 && y >= 1000 && y <= 2999) ? y : -1;
}

/* A number token ("5", "1,500", "3.25") as a double; FALSE if not one. */
static gboolean
parse_number (const Ctx *c,
              guint      i,
              double    *value)
{
  char buf[64];
  gsize n = 0, len;
  const char *t;
  char *end;

  if (i >= c->n || (len = tok_len (c, i)) >= sizeof buf)
    return FALSE;
  t = tok_text (c, i);
  if (!g_ascii_isdigit (t[0]))
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (t[k] == ',')
        continue;
      if (!g_ascii_isdigit (t[k]) && t[k] != '.')
        return FALSE;
      buf[n++] = t[k];
    }
  buf[n] = '\0';
  *value = g_ascii_strtod (buf, &end);
  return *end == '\0';
}

static char *
format_date (int y,
             int m,
             int d)
{
  if (y > 0 && d > 0)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  if (y > 0)
    return g_strdup_printf ("%04d-%02d", y, m);
  if (d > 0)
    return g_strdup_printf ("--%02d-%02d", m, d);
  return g_strdup_printf ("--%02d", m);
}

/* The year that puts @m/@d closest to the document date. */
static int
infer_year (const GDate *doc,
            int          m,
            int          d)
{
  int best = -1;
  gint best_gap = G_MAXINT;
  int y0 = g_date_get_year (doc);

  for (int y = y0 - 1; y <= y0 + 1; y++)
    {
      GDate cand;
      gint gap;

      if (!g_date_valid_dmy (d, m, y))
        continue;
      g_date_clear (&cand, 1);
      g_date_set_dmy (&cand, d, m, y);
      gap = ABS (g_date_days_between (doc, &cand));
      if (gap < best_gap)
        {
          best_gap = gap;
          best = y;
        }
    }
  return best;
}

static gboolean
valid_day (int y,
           int m,
           int d)
{
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return FALSE;
  return y <= 0 || g_date_valid_dmy (d, m, y);
}

static void
add_span (GArray     *spans,
          guint       first,
          guint       last,
          const char *label,
          char       *value)
{
  EntRuleSpan s = { first, last, label, value };

  g_array_append_val (spans, s);
}

/* Dates: "2017-07-04", "7/4/2017", "July 4", "July 4, 2017", "4 July 2017",
 * "July 2017", "Wednesday", "last Friday", "yesterday". Returns the
 * number of tokens matched. */
static guint
match_date (const Ctx *c,
            guint      i,
            char     **value)
{
  int m, d, y;
  const char *t = tok_text (c, i);
  gsize len = tok_len (c, i);

  /* ISO 8601 or numeric dates as one token. */
  if (len >= 8 && len <= 10 && g_ascii_isdigit (t[0]))
    {
      char buf[12];
      int a, b, e;
      char s1, s2;

      memcpy (buf, t, len);
      buf[len] = '\0';
      if (sscanf (buf, "%4d%c%2d%c%2d", &a, &s1, &b, &s2, &e) == 5 && len == 10 &&
          s1 == s2 && (s1 == '-' || s1 == '/') && a >= 1000 && valid_day (a, b, e))
        {
          *value = format_date (a, b, e);
          return 1;
        }
      if (sscanf (buf, "%2d%c%2d%c%4d", &a, &s1, &b, &s2, &e) == 5 && s1 == s2 &&
          (s1 == '/' || s1 == '.') && e >= 1000)
        {
          /* US order with slashes, day first with dots. */
          int month = s1 == '/' ? a : b, day = s1 == '/' ? b : a;

          if (s1 == '/' && !valid_day (e, month, day) && valid_day (e, b, a))
            month = b, day = a;
          if (valid_day (e, month, day))
            {
              *value = format_date (e, month, day);
              return 1;
            }
        }
    }

  /* "July 4", "July 4, 2017", "July 2017", "July 4th", "June 5-9". */
  if ((m = parse_month (c, i)) > 0)
    {
      int d2;

      if (parse_day_range (c, i + 1, &d, &d2) && valid_day (-1, m, d) && valid_day (-1, m, d2))
        {
          g_autofree char *from = NULL, *to = NULL;
          guint n = 2;

          y = parse_year (c, i + 2);
          if (y > 0)
            n = 3;
          else if (c->doc_date)
            y = infer_year (c->doc_date, m, d);
          if (y > 0 && (!valid_day (y, m, d) || !valid_day (y, m, d2)))
            return 0;
          from = format_date (y, m, d);
          to = format_date (y, m, d2);
          *value = g_strdup_printf ("%s/%s", from, to);
          return n;
        }
      d = parse_int (c, i + 1, 2, TRUE);
      if (d >= 1 && d <= 31)
        {
          guint n = 2;

          y = -1;
          if (tok_is (c, i + 2, ",") && parse_year (c, i + 3) > 0)
            y = parse_year (c, i + 3), n = 4;
          else if (parse_year (c, i + 2) > 0)
            y = parse_year (c, i + 2), n = 3;
          if (!valid_day (y, m, d))
            return 0;
          if (y < 0 && c->doc_date)
            y = infer_year (c->doc_date, m, d);
          *value = format_date (y, m, d);
          return n;
        }
      if ((y = parse_year (c, i + 1)) > 0)
        {
          *value = format_date (y, m, 0);
          return 2;
        }
      return 0;
    }

  /* "4 July 2017", "4th of July". */
  d = parse_int (c, i, 2, TRUE);
  if (d >= 1 && d <= 31)
    {
      guint k = i + 1;

      if (tok_is (c, k, "of"))
        k++;
      if ((m = parse_month (c, k)) > 0 && valid_day (-1, m, d))
        {
          y = parse_year (c, k + 1);
          if (y > 0 && !valid_day (y, m, d))
            return 0;
          if (y < 0 && c->doc_date)
            y = infer_year (c->doc_date, m, d);
          *value = format_date (y, m, d);
          return k - i + 1 + (parse_year (c, k + 1) > 0);
        }
    }

  /* Day names, relative to the document date. */
  {
    int shift = 0;   /* -1: last, +1: next */
    guint k = i;
    int wd;

    if (tok_is (c, i, "last") || tok_is (c, i, "next") || tok_is (c, i, "this"))
      {
        shift = tok_is (c, i, "last") ? -1 : tok_is (c, i, "next") ? 1 : 0;
        k++;
      }
    if ((wd = parse_weekday (c, k)) > 0)
      {
        *value = NULL;
        if (c->doc_date)
          {
            GDate date = *c->doc_date;
            int diff = wd - (int) g_date_get_weekday (&date);
            gboolean future = shift > 0;

            /* A bare day name in news is a day of the week around the
             * publication, the past one unless the sentence says "will". */
            if (shift == 0)
              for (guint b = i > 8 ? i - 8 : 0; b < i; b++)
                if (tok_is (c, b, "will") || tok_is (c, b, "\xe2\x80\x99ll") || tok_is (c, b, "'ll"))
                  future = TRUE;
            if (future)
              diff = diff <= 0 ? diff + 7 : diff;
            else
              diff = diff > 0 ? diff - 7 : diff;
            if (shift < 0 && diff == 0)
              diff = -7;
            if (diff > 0)
              g_date_add_days (&date, diff);
            else
              g_date_subtract_days (&date, -diff);
            *value = format_date (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date));
          }
        return k - i + 1;
      }
  }

  if (tok_is (c, i, "today") || tok_is (c, i, "yesterday") || tok_is (c, i, "tomorrow"))
    {
      *value = NULL;
      if (c->doc_date)
        {
          GDate date = *c->doc_date;

          if (tok_is (c, i, "yesterday"))
            g_date_subtract_days (&date, 1);
          else if (tok_is (c, i, "tomorrow"))
            g_date_add_days (&date, 1);
          *value = format_date (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date));
        }
      return 1;
    }

  /* A year after a preposition: "in 2017", "since 1996". */
  if (i > 0 && (y = parse_year (c, i)) > 0 && y >= 1900 && y <= 2099 &&
      (tok_is (c, i - 1, "in") || tok_is (c, i - 1, "since") || tok_is (c, i - 1, "until") ||
       tok_is (c, i - 1, "by") || tok_is (c, i - 1, "before") || tok_is (c, i - 1, "after") ||
       tok_is (c, i - 1, "during") || tok_is (c, i - 1, "from") || tok_is (c, i - 1, "of")))
    {
      *value = g_strdup_printf ("%04d", y);
      return 1;
    }
  return 0;
}

/* Times: "10:30", "10:30 a.m.", "3 p.m.", "3pm", "15:45 GMT". */
static guint
match_time (const Ctx *c,
            guint      i,
            char     **value)
{
  const char *t = tok_text (c, i);
  gsize len = tok_len (c, i);
  int h = -1, min = 0;
  guint n = 1;
  int pm = -1;   /* -1 unknown, 0 am, 1 pm */
  char buf[16];

  if (len >= 4 && len <= 5 && g_ascii_isdigit (t[0]))
    {
      int a, b;
      char rest;

      memcpy (buf, t, len);
      buf[len] = '\0';
      if (sscanf (buf, "%2d:%2d%c", &a, &b, &rest) == 2 && a < 24 && b < 60 && buf[len - 3] == ':')
        h = a, min = b;
    }
  else if (len >= 3 && len <= 4 && g_ascii_isdigit (t[0]) &&
           (g_ascii_strncasecmp (t + len - 2, "am", 2) == 0 || g_ascii_strncasecmp (t + len - 2, "pm", 2) == 0))
    {
      h = parse_int (c, i, 2, FALSE);
      h = atoi (t);
      pm = g_ascii_tolower (t[len - 2]) == 'p';
      n = 1;
    }
  else
    {
      int v = parse_int (c, i, 2, FALSE);

      if (v >= 1 && v <= 12 && i + 1 < c->n)
        {
          tok_lower (c, i + 1, buf, sizeof buf);
          if (strcmp (buf, "a.m") == 0 || strcmp (buf, "p.m") == 0 ||
              strcmp (buf, "am") == 0 || strcmp (buf, "pm") == 0)
            h = v;
        }
      if (h < 0)
        return 0;
    }
  if (h < 0 || h > 23)
    return 0;

  if (pm < 0 && i + 1 < c->n)
    {
      tok_lower (c, i + 1, buf, sizeof buf);
      if (strcmp (buf, "a.m") == 0 || strcmp (buf, "am") == 0)
        pm = 0, n = 2;
      else if (strcmp (buf, "p.m") == 0 || strcmp (buf, "pm") == 0)
        pm = 1, n = 2;
    }
  if (pm >= 0)
    {
      if (h < 1 || h > 12)
        return 0;
      h = (h % 12) + (pm ? 12 : 0);
    }
  else if (len < 4)
    return 0;   /* a bare number is no time */
  *value = g_strdup_printf ("%02d:%02d", h, min);
  return n;
}

typedef struct {
  const char *word;
  const char *code;
} Currency;

static const Currency currency_symbols[] = {
  { "$", "USD" }, { "\xe2\x82\xac", "EUR" }, { "\xc2\xa3", "GBP" },
  { "\xc2\xa5", "JPY" }, { "\xe2\x82\xa9", "KRW" },
  { "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" }, { "JPY", "JPY" },
  { "CHF", "CHF" }, { "CNY", "CNY" }, { "KRW", "KRW" }, { "Rs", "INR" },
};

static const Currency currency_words[] = {
  { "dollar", "USD" }, { "dollars", "USD" }, { "euro", "EUR" }, { "euros", "EUR" },
  { "pound", "GBP" }, { "pounds", "GBP" }, { "sterling", "GBP" }, { "yen", "JPY" },
  { "won", "KRW" }, { "yuan", "CNY" }, { "renminbi", "CNY" }, { "francs", "CHF" },
  { "rupees", "INR" }, { "marks", "DEM" }, { "pesos", "MXN" }, { "rubles", "RUB" },
  { "roubles", "RUB" }, { "cents", "USD/100" },
  { "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" }, { "JPY", "JPY" },
};

static const char *
currency_at (const Ctx      *c,
             guint           i,
             const Currency *table,
             gsize           n_table,
             gboolean        fold)
{
  for (gsize k = 0; k < n_table; k++)
    {
      gsize len = strlen (table[k].word);

      if (i < c->n && tok_len (c, i) == len &&
          (fold ? g_ascii_strncasecmp (tok_text (c, i), table[k].word, len) == 0
                : strncmp (tok_text (c, i), table[k].word, len) == 0))
        return table[k].code;
    }
  return NULL;
}

static double
scale_word (const Ctx *c,
            guint      i)
{
  char buf[16];

  if (i >= c->n || tok_len (c, i) >= sizeof buf)
    return 0;
  tok_lower (c, i, buf, sizeof buf);
  if (strcmp (buf, "thousand") == 0)
    return 1e3;
  if (strcmp (buf, "million") == 0 || strcmp (buf, "mln") == 0 || strcmp (buf, "m") == 0)
    return 1e6;
  if (strcmp (buf, "billion") == 0 || strcmp (buf, "bln") == 0 || strcmp (buf, "bn") == 0)
    return 1e9;
  if (strcmp (buf, "trillion") == 0)
    return 1e12;
  return 0;
}

static char *
format_amount (double      amount,
               const char *code)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (g_str_equal (code, "USD/100"))
    {
      amount /= 100;
      code = "USD";
    }
  g_ascii_formatd (buf, sizeof buf, "%.15g", amount);
  return g_strdup_printf ("%s %s", buf, code);
}

/* Money: "$5", "$5.3 million", "US$ 20", "€20", "20 euros", "1.5 billion yen". */
static guint
match_money (const Ctx *c,
             guint      i,
             char     **value)
{
  const char *code;
  double amount, scale;
  guint k;

  /* "US$", "HK$", "A$": the tokenizer splits the letters from the sign. */
  if (i + 2 < c->n && tok_is (c, i + 1, "$") && c->tokens[i].end == c->tokens[i + 1].start &&
      parse_number (c, i + 2, &amount))
    {
      static const Currency dollars[] = {
        { "US", "USD" }, { "HK", "HKD" }, { "A", "AUD" }, { "C", "CAD" }, { "NZ", "NZD" },
        { "S", "SGD" }, { "NT", "TWD" },
      };

      if ((code = currency_at (c, i, dollars, G_N_ELEMENTS (dollars), FALSE)))
        {
          k = i + 3;
          if ((scale = scale_word (c, k)) > 0)
            amount *= scale, k++;
          *value = format_amount (amount, code);
          return k - i;
        }
    }
  if ((code = currency_at (c, i, currency_symbols, G_N_ELEMENTS (currency_symbols), FALSE)) &&
      parse_number (c, i + 1, &amount))
    {
      k = i + 2;
      if ((scale = scale_word (c, k)) > 0)
        amount *= scale, k++;
      *value = format_amount (amount, code);
      return k - i;
    }
  if (parse_number (c, i, &amount))
    {
      k = i + 1;
      if ((scale = scale_word (c, k)) > 0)
        amount *= scale, k++;
      if ((code = currency_at (c, k, currency_words, G_N_ELEMENTS (currency_words), TRUE)))
        {
          /* "won" is also a verb: "3 won" needs a scale or a thousands group. */
          if (g_str_equal (code, "KRW") && k == i + 1 && amount < 1000)
            return 0;
          *value = format_amount (amount, code);
          return k - i + 1;
        }
    }
  return 0;
}

/* Percentages: "50%", "50 %", "7.5 percent", "7.5 per cent". */
static guint
match_percent (const Ctx *c,
               guint      i,
               char     **value)
{
  double amount;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  guint n = 0;

  if (!parse_number (c, i, &amount))
    return 0;
  if (tok_is (c, i + 1, "%") || tok_is (c, i + 1, "percent") || tok_is (c, i + 1, "pct"))
    n = 2;
  else if (tok_is (c, i + 1, "per") && tok_is (c, i + 2, "cent"))
    n = 3;
  if (n == 0)
    return 0;
  g_ascii_formatd (buf, sizeof buf, "%.15g", amount);
  *value = g_strdup_printf ("%s%%", buf);
  return n;
}

static guint
match_email_url (const Ctx   *c,
                 guint        i,
                 const char **label,
                 char       **value)
{
  const char *t = tok_text (c, i);
  gsize len = tok_len (c, i);
  const char *at = memchr (t, '@', len);

  if (at != NULL && at > t && memchr (at, '.', t + len - at) != NULL && t[len - 1] != '@')
    {
      *label = "EMAIL";
      *value = g_ascii_strdown (t, len);
      return 1;
    }
  if ((len > 7 && (g_ascii_strncasecmp (t, "http://", 7) == 0 ||
                   g_ascii_strncasecmp (t, "https://", 8) == 0 ||
                   g_ascii_strncasecmp (t, "ftp://", 6) == 0)))
    {
      *label = "URL";
      *value = g_strndup (t, len);
      return 1;
    }
  if (len > 4 && g_ascii_strncasecmp (t, "www.", 4) == 0)
    {
      g_autofree char *rest = g_strndup (t, len);

      *label = "URL";
      *value = g_strconcat ("http://", rest, NULL);
      return 1;
    }
  return 0;
}

/* Whether any rule can start at token @i: most words are plain lower-case
 * words, which only a few relative dates ("last", "today") begin. */
static gboolean
worth_matching (const Ctx *c,
                guint      i)
{
  guchar first = (guchar) tok_text (c, i)[0];

  if (g_ascii_isdigit (first) || g_ascii_isupper (first) || first >= 0x80 || first == '$')
    return TRUE;
  if (g_ascii_islower (first))
    {
      gsize len = tok_len (c, i);

      if (memchr (tok_text (c, i), '@', len) != NULL ||
          ((first == 'h' || first == 'w' || first == 'f') && len > 4))
        return TRUE;
      switch (first)
        {
        case 'l':
          return tok_is (c, i, "last");
        case 'n':
          return tok_is (c, i, "next");
        case 't':
          return tok_is (c, i, "this") || tok_is (c, i, "today") || tok_is (c, i, "tomorrow");
        case 'y':
          return tok_is (c, i, "yesterday");
        default:
          return FALSE;
        }
    }
  return FALSE;
}

/* Finds the rule spans of a tokenized text, left to right, the longest
 * match at each token; spans do not overlap. */
GArray *
ent_rules_apply (const char        *text,
                 const WinnowToken *tokens,
                 guint              n_tokens,
                 const GDate       *doc_date)
{
  Ctx c = { text, tokens, n_tokens, doc_date && g_date_valid (doc_date) ? doc_date : NULL };
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (EntRuleSpan));

  for (guint i = 0; i < n_tokens;)
    {
      char *value = NULL;
      const char *label = NULL;
      guint n;

      if (!worth_matching (&c, i))
        {
          i++;
          continue;
        }
      if ((n = match_email_url (&c, i, &label, &value)) > 0)
        ;
      else if ((n = match_money (&c, i, &value)) > 0)
        label = "MONEY";
      else if ((n = match_percent (&c, i, &value)) > 0)
        label = "PERCENT";
      else if ((n = match_time (&c, i, &value)) > 0)
        label = "TIME";
      else if ((n = match_date (&c, i, &value)) > 0)
        label = "DATE";

      if (n == 0)
        {
          i++;
          continue;
        }
      add_span (spans, i, i + n, label, value);
      i += n;
    }
  return spans;
}

/* Reads the date part of an ISO 8601 date or date-time ("2017-07-07",
 * "2017-07-07T09:00:00+09:00"). */
gboolean
ent_parse_iso_date (const char *text,
                    GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}
