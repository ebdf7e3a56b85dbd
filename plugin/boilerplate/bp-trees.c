/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Gradient-boosted decision trees over the block features, as
 * scikit-learn's HistGradientBoostingClassifier learns them
 * (bench/boilerplate/train.py --trees), evaluated the way its predictor
 * does: at a split, a missing (NaN) feature goes the side the split
 * learned for missing values, any other goes left when it is at most the
 * threshold (the real-valued threshold sklearn derives from its bins, so
 * no binning is needed here). The file:
 *
 *   winnow-boilerplate-trees 1 html|text
 *   features N
 *   f NAME                     N lines, in the order the features are computed
 *   trees T BASELINE BLEND     log-odds = BASELINE + the leaves reached;
 *                              BLEND: the trees' share of the blended log-odds
 *   t NODES                    T times: a tree, then its NODES nodes in
 *                              depth-first order (root, left subtree, right)
 *   s FEATURE THRESHOLD MISSING-LEFT LEFT RIGHT     a split (children: node
 *                              numbers within the tree, after the split's)
 *   l VALUE                    a leaf
 *
 * All nodes live in one array of 16-byte nodes, children as absolute
 * indices, leaves' values beside them. The trees are walked one after the
 * other over all the blocks of a page, so that each tree's nodes stay in
 * the nearest cache while it is asked (300 trees cost 1.2 ms a WCXB page
 * this way, 2.1 ms with all the trees for one block after the other). A threshold is kept
 * as the largest float not above sklearn's double: for a float feature v,
 * v <= that float exactly when v <= the double, so the float compare gives
 * sklearn's answers; leaves are added in the trees' order, as sklearn
 * does, so the sums are sklearn's to the last bit. */

#include "bp-trees-private.h"

#include <math.h>
#include <string.h>

#define MAX_TREES 10000
#define MAX_NODES_PER_TREE 65536
#define LEAF G_MAXUINT32

typedef struct {
  float   threshold;
  guint32 feature;      /* LEAF for a leaf */
  guint32 left;
  guint32 right;
} BpTreeNode;

G_STATIC_ASSERT (sizeof (BpTreeNode) == 16);

struct _BpTrees
{
  guint       n_features;
  guint       n_trees;
  double      baseline;
  double      blend;
  guint32    *roots;          /* n_trees */
  BpTreeNode *nodes;
  double     *values;         /* per node: a leaf's value, else 0 */
  guint8     *missing_left;   /* per node: where a split sends a missing feature */
  guint       n_nodes;
};

void
bp_trees_free (BpTrees *self)
{
  if (self == NULL)
    return;
  g_free (self->roots);
  g_free (self->nodes);
  g_free (self->values);
  g_free (self->missing_left);
  g_free (self);
}

static gboolean
parse_double (const char *s,
              double     *out)
{
  char *end = NULL;

  if (s == NULL)
    return FALSE;
  *out = g_ascii_strtod (s, &end);
  return end != s && *end == '\0' && isfinite (*out);
}

static gboolean
parse_uint (const char *s,
            guint64     max,
            guint64    *out)
{
  return s != NULL && g_ascii_string_to_unsigned (s, 10, 0, max, out, NULL);
}

BpTrees *
bp_trees_load (const char  *path,
               gboolean     html,
               GError     **error)
{
  const char *kind = html ? "html" : "text";
  guint n_expected = bp_features_count (html);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(BpTrees) self = NULL;
  GArray *nodes = NULL, *values = NULL, *missing_left = NULL;
  guint line_no = 0, f_seen = 0, tree = 0;
  guint tree_first = 0, tree_size = 0;   /* the tree being read */
  gboolean header = FALSE, have_features = FALSE;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  self = g_new0 (BpTrees, 1);
  nodes = g_array_new (FALSE, FALSE, sizeof (BpTreeNode));
  values = g_array_new (FALSE, FALSE, sizeof (double));
  missing_left = g_array_new (FALSE, FALSE, sizeof (guint8));

#define FAIL(...) G_STMT_START {                                              \
    g_autofree char *msg_ = g_strdup_printf (__VA_ARGS__);                    \
    g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,     \
                 "%s:%u: %s", path, line_no + 1, msg_);                       \
    g_array_unref (nodes);                                                    \
    g_array_unref (values);                                                   \
    g_array_unref (missing_left);                                             \
    return NULL;                                                              \
  } G_STMT_END

  for (; lines[line_no] != NULL; line_no++)
    {
      g_auto(GStrv) f = NULL;
      const char *line = lines[line_no];
      guint n;

      if (line[0] == '#' || line[0] == '\0')
        continue;
      f = g_strsplit (line, " ", -1);
      n = g_strv_length (f);

      if (!header)
        {
          if (strcmp (f[0], "winnow-boilerplate-trees") != 0)
            FAIL ("not a boilerplate trees file (no winnow-boilerplate-trees line)");
          if (n != 3 || strcmp (f[1], "1") != 0)
            FAIL ("unknown trees file version");
          if (strcmp (f[2], kind) != 0)
            FAIL ("trees for %s input, wanted %s", f[2], kind);
          header = TRUE;
        }
      else if (strcmp (f[0], "features") == 0)
        {
          guint64 v;

          if (n != 2 || !parse_uint (f[1], G_MAXUINT, &v))
            FAIL ("bad features line");
          if (v != n_expected)
            FAIL ("%u features, the code computes %u", (guint) v, n_expected);
          self->n_features = (guint) v;
          have_features = TRUE;
        }
      else if (strcmp (f[0], "f") == 0)
        {
          if (!have_features || f_seen >= self->n_features || n != 2)
            FAIL ("bad feature line");
          if (strcmp (f[1], bp_feature_name (html, f_seen)) != 0)
            FAIL ("feature %u is %s, the code computes %s", f_seen, f[1],
                  bp_feature_name (html, f_seen));
          f_seen++;
        }
      else if (strcmp (f[0], "trees") == 0)
        {
          guint64 v;

          if (!have_features || f_seen != self->n_features)
            FAIL ("trees before all the features");
          if (self->roots != NULL || n != 4 || !parse_uint (f[1], MAX_TREES, &v) || v == 0 ||
              !parse_double (f[2], &self->baseline) || !parse_double (f[3], &self->blend) ||
              self->blend < 0 || self->blend > 1)
            FAIL ("bad trees line");
          self->n_trees = (guint) v;
          self->roots = g_new0 (guint32, self->n_trees);
        }
      else if (strcmp (f[0], "t") == 0)
        {
          guint64 v;

          if (self->roots == NULL || tree >= self->n_trees)
            FAIL ("a tree before the trees line, or too many trees");
          if (nodes->len != tree_first + tree_size)
            FAIL ("tree %u has fewer nodes than it says", tree - 1);
          if (n != 2 || !parse_uint (f[1], MAX_NODES_PER_TREE, &v) || v == 0)
            FAIL ("bad tree line");
          tree_first = nodes->len;
          tree_size = (guint) v;
          self->roots[tree++] = tree_first;
        }
      else if (strcmp (f[0], "s") == 0 || strcmp (f[0], "l") == 0)
        {
          BpTreeNode node = { 0 };
          guint index = nodes->len - tree_first;
          double threshold, value = 0;
          guint8 missing_side = 0;

          if (tree == 0 || index >= tree_size)
            FAIL ("a node outside a tree, or more nodes than the tree says");
          if (f[0][0] == 'l')
            {
              if (n != 2 || !parse_double (f[1], &value))
                FAIL ("bad leaf line");
              node.feature = LEAF;
            }
          else
            {
              guint64 feature, missing, left, right;

              if (n != 6 || !parse_uint (f[1], self->n_features - 1, &feature) ||
                  !parse_double (f[2], &threshold) || !parse_uint (f[3], 1, &missing) ||
                  !parse_uint (f[4], tree_size - 1, &left) || !parse_uint (f[5], tree_size - 1, &right))
                FAIL ("bad split line");
              /* children after their parent: every walk ends at a leaf */
              if (left <= index || right <= index)
                FAIL ("a split's child before the split");
              node.feature = (guint32) feature;
              missing_side = missing != 0;
              node.threshold = (float) threshold;
              if ((double) node.threshold > threshold)
                node.threshold = nextafterf (node.threshold, -INFINITY);
              node.left = tree_first + (guint32) left;
              node.right = tree_first + (guint32) right;
            }
          g_array_append_val (nodes, node);
          g_array_append_val (values, value);
          g_array_append_val (missing_left, missing_side);
        }
      else
        FAIL ("unknown line kind '%s'", f[0]);
    }
  if (!header || self->roots == NULL || tree != self->n_trees || nodes->len != tree_first + tree_size)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s: incomplete trees file", path);
      g_array_unref (nodes);
      g_array_unref (values);
      g_array_unref (missing_left);
      return NULL;
    }
#undef FAIL

  self->n_nodes = nodes->len;
  self->nodes = (BpTreeNode *) (gpointer) g_array_free (nodes, FALSE);
  self->values = (double *) (gpointer) g_array_free (values, FALSE);
  self->missing_left = (guint8 *) g_array_free (missing_left, FALSE);
  return g_steal_pointer (&self);
}

/* One walk down a tree; with @missing, a NaN feature goes the side its
 * split learned for missing values. */
static inline guint32
walk (const BpTrees *self,
      guint32        i,
      const float   *x,
      gboolean       missing)
{
  const BpTreeNode *nodes = self->nodes;
  guint32 feature;

  while ((feature = nodes[i].feature) != LEAF)
    {
      float v = x[feature];
      gboolean left = missing && isnan (v) ? self->missing_left[i] : v <= nodes[i].threshold;

      i = left ? nodes[i].left : nodes[i].right;
    }
  return i;
}

void
bp_trees_logits (const BpTrees *self,
                 const float   *rows,
                 gsize          stride,
                 const guint   *index,
                 guint          n,
                 double        *out)
{
  g_autofree guint *plain = g_new (guint, MAX (n, 1));   /* rows without NaN */
  g_autofree guint *missing = g_new (guint, MAX (n, 1));
  guint n_plain = 0, n_missing = 0;

  /* the features the code computes are never NaN: a row is checked once
   * rather than at every split */
  for (guint j = 0; j < n; j++)
    {
      const float *x = rows + index[j] * stride;
      gboolean nan = FALSE;

      out[j] = self->baseline;
      for (guint f = 0; f < self->n_features; f++)
        nan |= isnan (x[f]);
      if (nan)
        missing[n_missing++] = j;
      else
        plain[n_plain++] = j;
    }

  /* tree after tree, each over all the rows while its nodes are in the
   * nearest cache; leaves are added in the trees' order, as sklearn does */
  for (guint t = 0; t < self->n_trees; t++)
    {
      guint32 root = self->roots[t];

      for (guint k = 0; k < n_plain; k++)
        out[plain[k]] += self->values[walk (self, root, rows + index[plain[k]] * stride, FALSE)];
      for (guint m = 0; m < n_missing; m++)
        out[missing[m]] += self->values[walk (self, root, rows + index[missing[m]] * stride, TRUE)];
    }
}

void
bp_trees_blend_page (const BpTrees *self,
                     const BpPage  *page,
                     double        *p)
{
  g_autofree guint *index = g_new (guint, MAX (page->n_blocks, 1));
  g_autofree double *z = NULL;
  guint n = 0;

  /* blocks without words are never content: the network was not asked */
  for (guint i = 0; i < page->n_blocks; i++)
    if (page->info[i].text.words > 0)
      index[n++] = i;
  z = g_new (double, MAX (n, 1));
  bp_trees_logits (self, page->features, page->n_features, index, n, z);
  for (guint j = 0; j < n; j++)
    {
      /* the network's log-odds back from its probability, kept finite */
      double q = CLAMP (p[index[j]], 1e-12, 1.0 - 1e-12);
      double mixed = (1.0 - self->blend) * log (q / (1.0 - q)) + self->blend * z[j];

      p[index[j]] = 1.0 / (1.0 + exp (-mixed));
    }
}
