/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The learned author scorer: a logistic regression over the features of
 * one candidate name (byline-candidates.c), standardized and clipped.
 * Read from the text file bench/byline/train.py writes:
 *
 *   winnow-byline-model 1 html|text
 *   features N
 *   threshold T               the likeliest candidate is an author when p >= T
 *   f NAME MEAN SCALE         N lines, in the order the code computes them
 *   o BIAS W1 … WN
 *
 * Feature names are checked against the code's, so a model never meets
 * features it was not trained on. train.py computes the same sum in the
 * same order (see its predict()). */

#include "byline-private.h"

#include <math.h>
#include <string.h>

struct _BylineModel
{
  guint   n_features;
  double  threshold;
  double *mean;
  double *scale;
  double *weights;   /* bias, then one per feature */
};

void
byline_model_free (BylineModel *self)
{
  if (self == NULL)
    return;
  g_free (self->mean);
  g_free (self->scale);
  g_free (self->weights);
  g_free (self);
}

static gboolean
parse_numbers (char   **fields,
               guint    first,
               double  *out,
               guint    count)
{
  for (guint i = 0; i < count; i++)
    {
      char *end = NULL;

      if (fields[first + i] == NULL)
        return FALSE;
      out[i] = g_ascii_strtod (fields[first + i], &end);
      if (end == fields[first + i] || *end != '\0' || !isfinite (out[i]))
        return FALSE;
    }
  return fields[first + count] == NULL;
}

BylineModel *
byline_model_load (const char  *path,
                   gboolean     html,
                   GError     **error)
{
  const char *kind = html ? "html" : "text";
  guint expected = byline_candidate_features_count ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(BylineModel) self = NULL;
  g_autoptr(GError) local = NULL;
  guint line_no = 0, f_seen = 0;
  gboolean header = FALSE, have_threshold = FALSE, have_output = FALSE;

  if (!g_file_get_contents (path, &contents, NULL, &local))
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "byline: author model: %s", local->message);
      return NULL;
    }
  lines = g_strsplit (contents, "\n", -1);
  self = g_new0 (BylineModel, 1);

#define FAIL(...) G_STMT_START {                                              \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__);                    \
    g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,     \
                 "byline: author model %s:%u: %s", path, line_no + 1, msg_);          \
    return NULL;                                                              \
  } G_STMT_END

  for (; lines[line_no] != NULL; line_no++)
    {
      g_auto(GStrv) f = NULL;
      const char *line = lines[line_no];

      if (line[0] == '#' || line[0] == '\0')
        continue;
      f = g_strsplit (line, " ", -1);

      if (!header && strcmp (f[0], "winnow-byline-model") != 0)
        FAIL ("not a byline author model");
      if (strcmp (f[0], "winnow-byline-model") == 0)
        {
          if (g_strv_length (f) != 3 || strcmp (f[1], "1") != 0)
            FAIL ("unknown model version");
          if (strcmp (f[2], kind) != 0)
            FAIL ("a model for %s input, wanted %s", f[2], kind);
          header = TRUE;
        }
      else if (strcmp (f[0], "features") == 0)
        {
          guint n;

          if (g_strv_length (f) != 2 || self->mean != NULL)
            FAIL ("bad features line");
          n = (guint) g_ascii_strtoull (f[1], NULL, 10);
          if (n != expected)
            FAIL ("%u features, the code computes %u", n, expected);
          self->n_features = n;
          self->mean = g_new0 (double, n);
          self->scale = g_new0 (double, n);
          self->weights = g_new0 (double, n + 1);
        }
      else if (strcmp (f[0], "threshold") == 0)
        {
          if (!parse_numbers (f, 1, &self->threshold, 1))
            FAIL ("bad threshold line");
          have_threshold = TRUE;
        }
      else if (strcmp (f[0], "f") == 0)
        {
          guint idx = f_seen++;
          double ms[2];

          if (self->mean == NULL)
            FAIL ("feature before the features line");
          if (idx >= self->n_features || g_strv_length (f) != 4)
            FAIL ("bad feature line");
          if (strcmp (f[1], byline_candidate_feature_name (idx)) != 0)
            FAIL ("feature %u is %s, the code computes %s", idx, f[1],
                  byline_candidate_feature_name (idx));
          if (!parse_numbers (f, 2, ms, 2))
            FAIL ("bad numbers");
          self->mean[idx] = ms[0];
          self->scale[idx] = ms[1] != 0 ? ms[1] : 1.0;
        }
      else if (strcmp (f[0], "o") == 0)
        {
          if (self->weights == NULL ||
              !parse_numbers (f, 1, self->weights, self->n_features + 1))
            FAIL ("bad output line");
          have_output = TRUE;
        }
      else
        FAIL ("unknown line kind '%s'", f[0]);
    }
#undef FAIL

  if (!header || self->mean == NULL || !have_output || !have_threshold ||
      f_seen != self->n_features)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "byline: author model %s: incomplete", path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

double
byline_model_threshold (const BylineModel *self)
{
  return self->threshold;
}

double
byline_model_predict (const BylineModel *self,
                      const double      *x)
{
  double z = self->weights[0];

  /* clipped: a page far outside what the model saw must not dominate */
  for (guint i = 0; i < self->n_features; i++)
    z += self->weights[1 + i] * CLAMP ((x[i] - self->mean[i]) / self->scale[i], -4.0, 4.0);
  return 1.0 / (1.0 + exp (-z));
}
