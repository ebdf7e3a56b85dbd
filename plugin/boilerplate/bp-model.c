/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The learned block classifier: standardized features, then either a
 * logistic regression or one hidden layer of rectified units, then a
 * sigmoid. Read from the text file bench/boilerplate/train.py writes:
 *
 *   winnow-boilerplate-model 1 html|text
 *   features N H
 *   f NAME MEAN SCALE          N lines, in the order the features are computed
 *   h BIAS W1 … WN             H lines (none for a logistic regression)
 *   o BIAS W1 … WH             (or W1 … WN when H is 0)
 *
 * Feature names are checked against the code's, so a model never meets
 * features it was not trained on. */

#include "bp-private.h"
#include "bp-title-private.h"

#include <math.h>
#include <string.h>

struct _BpModel
{
  guint   n_features;
  guint   n_hidden;
  double *mean;
  double *scale;
  double *hidden;   /* n_hidden × (1 + n_features): bias, weights */
  double *output;   /* 1 + (n_hidden ? n_hidden : n_features) */

  /* The hidden layer again, arranged for sparse input: most features of
   * a block are 0 (kinds, flags, counts), so a unit's input starts from
   * its value at an all-zero block and only the features that are not 0
   * add their difference. Input-major, n_hidden padded to a multiple of
   * four so the inner loop vectorizes. */
  guint   n_padded;
  double *zero_z;   /* n_features: the standardized value of a 0 feature */
  double *at_zero;  /* n_padded: each unit's input at an all-zero block */
  double *by_input; /* n_features × n_padded */
};

void
bp_model_free (BpModel *self)
{
  if (self == NULL)
    return;
  g_free (self->mean);
  g_free (self->scale);
  g_free (self->hidden);
  g_free (self->output);
  g_free (self->zero_z);
  g_free (self->at_zero);
  g_free (self->by_input);
  g_free (self);
}

static gboolean
parse_numbers (char      **fields,
               guint       first,
               double     *out,
               guint       count)
{
  for (guint i = 0; i < count; i++)
    {
      char *end = NULL;

      if (fields[first + i] == NULL)
        return FALSE;
      out[i] = g_ascii_strtod (fields[first + i], &end);
      if (end == fields[first + i] || *end != '\0')
        return FALSE;
    }
  return fields[first + count] == NULL;
}

static inline double
standardize (const BpModel *self,
             guint          i,
             double         x)
{
  /* clipped: a page far outside what the model saw (a 5,000-paragraph
   * report) must not push a unit into a region it never learned */
  return CLAMP ((x - self->mean[i]) / self->scale[i], -4.0, 4.0);
}

static void
arrange_for_sparse_input (BpModel *self)
{
  guint n_f = self->n_features, n_h = self->n_hidden;
  guint n_p = (n_h + 3) & ~3u;

  self->n_padded = n_p;
  self->zero_z = g_new (double, n_f);
  self->at_zero = g_new0 (double, n_p);
  self->by_input = g_new0 (double, (gsize) n_f * n_p);
  for (guint i = 0; i < n_f; i++)
    self->zero_z[i] = standardize (self, i, 0.0);
  for (guint h = 0; h < n_h; h++)
    {
      const double *w = self->hidden + (gsize) h * (n_f + 1);

      self->at_zero[h] = w[0];
      for (guint i = 0; i < n_f; i++)
        {
          self->at_zero[h] += w[1 + i] * self->zero_z[i];
          self->by_input[(gsize) i * n_p + h] = w[1 + i];
        }
    }
}

/* A model of @kind over the features @names, in the order the code
 * computes them. */
static BpModel *
model_load (const char          *path,
            const char          *kind,
            const char * const  *names,
            guint                expected,
            GError             **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(BpModel) self = NULL;
  guint line_no = 0, n_f = 0, n_h = 0;
  guint f_seen = 0, h_seen = 0;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  self = g_new0 (BpModel, 1);

#define FAIL(...) G_STMT_START {                                              \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__);                    \
    g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,     \
                 "%s:%u: %s", path, line_no + 1, msg_);                       \
    return NULL;                                                              \
  } G_STMT_END

  for (; lines[line_no] != NULL; line_no++)
    {
      g_auto(GStrv) f = NULL;
      const char *line = lines[line_no];

      if (line[0] == '#' || line[0] == '\0')
        continue;
      f = g_strsplit (line, " ", -1);

      if (strcmp (f[0], "winnow-boilerplate-model") == 0)
        {
          if (g_strv_length (f) != 3 || strcmp (f[1], "1") != 0)
            FAIL ("unknown model version");
          if (strcmp (f[2], kind) != 0)
            FAIL ("a model for %s input, wanted %s", f[2], kind);
        }
      else if (strcmp (f[0], "features") == 0)
        {
          if (g_strv_length (f) != 3)
            FAIL ("bad features line");
          n_f = (guint) g_ascii_strtoull (f[1], NULL, 10);
          n_h = (guint) g_ascii_strtoull (f[2], NULL, 10);
          if (n_f != expected)
            FAIL ("%u features, the code computes %u", n_f, expected);
          if (n_h > 1024)
            FAIL ("too many hidden units");
          self->n_features = n_f;
          self->n_hidden = n_h;
          self->mean = g_new0 (double, n_f);
          self->scale = g_new0 (double, n_f);
          self->hidden = g_new0 (double, (gsize) n_h * (n_f + 1));
          self->output = g_new0 (double, (n_h ? n_h : n_f) + 1);
        }
      else if (strcmp (f[0], "f") == 0)
        {
          guint idx = f_seen++;
          double ms[2];

          if (self->mean == NULL)
            FAIL ("feature before the features line");
          if (idx >= n_f || g_strv_length (f) != 4)
            FAIL ("bad feature line");
          if (strcmp (f[1], names[idx]) != 0)
            FAIL ("feature %u is %s, the code computes %s", idx, f[1], names[idx]);
          if (!parse_numbers (f, 2, ms, 2))
            FAIL ("bad numbers");
          self->mean[idx] = ms[0];
          self->scale[idx] = ms[1] != 0 ? ms[1] : 1.0;
        }
      else if (strcmp (f[0], "h") == 0)
        {
          guint idx = h_seen++;

          if (self->hidden == NULL)
            FAIL ("hidden unit before the features line");
          if (idx >= n_h || !parse_numbers (f, 1, self->hidden + (gsize) idx * (n_f + 1), n_f + 1))
            FAIL ("bad hidden unit line");
        }
      else if (strcmp (f[0], "o") == 0)
        {
          if (self->output == NULL || !parse_numbers (f, 1, self->output, (n_h ? n_h : n_f) + 1))
            FAIL ("bad output line");
        }
      else
        FAIL ("unknown line kind '%s'", f[0]);
    }
#undef FAIL

  if (self->mean == NULL || self->output == NULL || f_seen != n_f || h_seen != n_h)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s: incomplete model", path);
      return NULL;
    }
  if (self->n_hidden > 0)
    arrange_for_sparse_input (self);
  return g_steal_pointer (&self);
}

BpModel *
bp_model_load (const char  *path,
               gboolean     html,
               GError     **error)
{
  guint n = bp_features_count (html);
  g_autofree const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = bp_feature_name (html, i);
  return model_load (path, html ? "html" : "text", names, n, error);
}

BpModel *
bp_model_load_context (const char  *path,
                       GError     **error)
{
  guint n = bp_context_count ();
  g_autofree const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = bp_context_feature_name (i);
  return model_load (path, "html-context", names, n, error);
}

BpModel *
bp_model_load_title (const char  *path,
                     GError     **error)
{
  guint n = bp_title_feature_count ();
  g_autofree const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = bp_title_feature_name (i);
  return model_load (path, "text-title", names, n, error);
}

double
bp_model_predict (const BpModel *self,
                  const float   *x)
{
  guint n_f = self->n_features;
  double out = self->output[0];

  if (self->n_hidden == 0)
    {
      for (guint i = 0; i < n_f; i++)
        out += self->output[1 + i] * standardize (self, i, x[i]);
    }
  else
    {
      guint n_p = self->n_padded;
      double a[1024];

      g_return_val_if_fail (n_p <= G_N_ELEMENTS (a), 0.5);
      memcpy (a, self->at_zero, n_p * sizeof (double));
      for (guint i = 0; i < n_f; i++)
        {
          const double *w = self->by_input + (gsize) i * n_p;
          double d;

          if (x[i] == 0.0f)
            continue;
          d = standardize (self, i, x[i]) - self->zero_z[i];
          /* four at a time: the compiler makes vector adds of this */
          for (guint h = 0; h < n_p; h += 4)
            {
              a[h] += d * w[h];
              a[h + 1] += d * w[h + 1];
              a[h + 2] += d * w[h + 2];
              a[h + 3] += d * w[h + 3];
            }
        }
      for (guint h = 0; h < self->n_hidden; h++)
        if (a[h] > 0)
          out += self->output[1 + h] * a[h];
    }
  return 1.0 / (1.0 + exp (-out));
}
