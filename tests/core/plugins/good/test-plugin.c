/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A plugin module built by the test suite: small filters whose behaviour
 * the tests can predict exactly. */
#include <string.h>
#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "test-plugin-types.h"

/* test-label: labels blocks CONTENT when long enough, else BOILERPLATE
 * with reason "too-short"; marks the words listed in `tags` as MISC spans. */

struct _TestLabelFilter
{
  WinnowFilter  parent_instance;
  int           min_length;
  double        score;
  gboolean      title_first;
  char        **tags;
  TestLabelMode mode;
  guint         n_prepared;
};

enum {
  PROP_0,
  PROP_MIN_LENGTH,
  PROP_SCORE,
  PROP_TITLE_FIRST,
  PROP_TAGS,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TestLabelFilter, test_label_filter, WINNOW_TYPE_FILTER)

GType
test_label_mode_get_type (void)
{
  static GType type;
  static const GEnumValue values[] = {
    { TEST_LABEL_MODE_NORMAL, "TEST_LABEL_MODE_NORMAL", "normal" },
    { TEST_LABEL_MODE_INVERT, "TEST_LABEL_MODE_INVERT", "invert" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("TestLabelMode", values));
  return type;
}

static gboolean
test_label_filter_prepare (WinnowFilter  *filter,
                           GError       **error)
{
  TestLabelFilter *self = (TestLabelFilter *) filter;

  self->n_prepared++;
  return TRUE;
}

static gboolean
test_label_filter_process (WinnowFilter    *filter,
                           WinnowDocument  *document,
                           GCancellable    *cancellable,
                           GError         **error)
{
  TestLabelFilter *self = (TestLabelFilter *) filter;
  GPtrArray *blocks = winnow_document_get_blocks (document);
  const char *text = winnow_document_get_text (document, NULL);
  const char *name = winnow_filter_get_name (filter);

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = blocks->pdata[i];
      glong length = g_utf8_strlen (text + winnow_block_get_start (block),
                                    winnow_block_get_end (block) - winnow_block_get_start (block));
      gboolean keep = length >= self->min_length;

      if (self->mode == TEST_LABEL_MODE_INVERT)
        keep = !keep;
      if (i == 0 && self->title_first)
        {
          g_autofree char *title = winnow_document_get_block_text (document, block);
          winnow_block_set_label (block, WINNOW_BLOCK_LABEL_TITLE, self->score, "first-block", name);
          winnow_document_set_metadata (document, WINNOW_META_TITLE, g_variant_new_string (title));
        }
      else if (keep)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_CONTENT, self->score, "long-enough", name);
      else
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_BOILERPLATE, self->score, "too-short", name);
    }

  for (guint t = 0; self->tags && self->tags[t]; t++)
    {
      gsize len = strlen (self->tags[t]);
      if (len == 0)
        continue;
      for (const char *p = text; (p = strstr (p, self->tags[t])) != NULL; p += len)
        {
          g_autoptr(WinnowSpan) span = winnow_span_new (p - text, p - text + len, "MISC",
                                                        self->score, name, self->tags[t]);
          winnow_document_add_span (document, span);
        }
    }
  return TRUE;
}

static void
test_label_filter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TestLabelFilter *self = (TestLabelFilter *) object;

  switch (prop_id)
    {
    case PROP_MIN_LENGTH: g_value_set_int (value, self->min_length); break;
    case PROP_SCORE: g_value_set_double (value, self->score); break;
    case PROP_TITLE_FIRST: g_value_set_boolean (value, self->title_first); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_MODE: g_value_set_enum (value, self->mode); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_label_filter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TestLabelFilter *self = (TestLabelFilter *) object;

  switch (prop_id)
    {
    case PROP_MIN_LENGTH: self->min_length = g_value_get_int (value); break;
    case PROP_SCORE: self->score = g_value_get_double (value); break;
    case PROP_TITLE_FIRST: self->title_first = g_value_get_boolean (value); break;
    case PROP_TAGS:
      g_strfreev (self->tags);
      self->tags = g_value_dup_boxed (value);
      break;
    case PROP_MODE: self->mode = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_label_filter_finalize (GObject *object)
{
  TestLabelFilter *self = (TestLabelFilter *) object;

  g_strfreev (self->tags);
  G_OBJECT_CLASS (test_label_filter_parent_class)->finalize (object);
}

static void
test_label_filter_class_init (TestLabelFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WinnowFilterClass *filter_class = WINNOW_FILTER_CLASS (klass);

  object_class->get_property = test_label_filter_get_property;
  object_class->set_property = test_label_filter_set_property;
  object_class->finalize = test_label_filter_finalize;
  filter_class->prepare = test_label_filter_prepare;
  filter_class->process = test_label_filter_process;
  winnow_filter_class_set_metadata (filter_class, "Test labeller",
                                    "Labels blocks by length, for the test suite");

  properties[PROP_MIN_LENGTH] =
    g_param_spec_int ("min-length", "Minimum length", "Blocks shorter than this are boilerplate",
                      0, 1000, 10, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", "Score", "Score of every label", 0.0, 1.0, 0.5,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_FIRST] =
    g_param_spec_boolean ("title-first", "Title first", "Label the first block TITLE", FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", "Tags", "Words to mark as MISC spans", G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", "Mode", "Keep long blocks (normal) or short ones (invert)",
                       TEST_TYPE_LABEL_MODE, TEST_LABEL_MODE_NORMAL,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
test_label_filter_init (TestLabelFilter *self)
{
  self->min_length = 10;
  self->score = 0.5;
}

/* test-fail: fails on documents whose text contains `marker`. */

struct _TestFailFilter
{
  WinnowFilter  parent_instance;
  char         *marker;
  gboolean      silent;
};

enum {
  FAIL_PROP_0,
  FAIL_PROP_MARKER,
  FAIL_PROP_SILENT,
  FAIL_N_PROPS
};

G_DEFINE_FINAL_TYPE (TestFailFilter, test_fail_filter, WINNOW_TYPE_FILTER)

static gboolean
test_fail_filter_process (WinnowFilter    *filter,
                          WinnowDocument  *document,
                          GCancellable    *cancellable,
                          GError         **error)
{
  TestFailFilter *self = (TestFailFilter *) filter;
  const char *text = winnow_document_get_text (document, NULL);

  if (self->marker && *self->marker && strstr (text, self->marker))
    {
      if (self->silent)
        return FALSE;   /* as an uncaught exception in a script would */
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_INVALID_INPUT,
                   "The document contains the marker “%s”", self->marker);
      return FALSE;
    }
  return TRUE;
}

static void
test_fail_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TestFailFilter *self = (TestFailFilter *) object;

  switch (prop_id)
    {
    case FAIL_PROP_MARKER: g_value_set_string (value, self->marker); break;
    case FAIL_PROP_SILENT: g_value_set_boolean (value, self->silent); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_fail_filter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TestFailFilter *self = (TestFailFilter *) object;

  switch (prop_id)
    {
    case FAIL_PROP_MARKER:
      g_free (self->marker);
      self->marker = g_value_dup_string (value);
      break;
    case FAIL_PROP_SILENT: self->silent = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_fail_filter_finalize (GObject *object)
{
  g_free (((TestFailFilter *) object)->marker);
  G_OBJECT_CLASS (test_fail_filter_parent_class)->finalize (object);
}

static void
test_fail_filter_class_init (TestFailFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = test_fail_filter_get_property;
  object_class->set_property = test_fail_filter_set_property;
  object_class->finalize = test_fail_filter_finalize;
  WINNOW_FILTER_CLASS (klass)->process = test_fail_filter_process;
  winnow_filter_class_set_metadata (WINNOW_FILTER_CLASS (klass), "Test failure",
                                    "Fails on documents that contain a marker");
  g_object_class_install_property (object_class, FAIL_PROP_MARKER,
    g_param_spec_string ("marker", "Marker", "Documents containing this text fail", "FAIL",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, FAIL_PROP_SILENT,
    g_param_spec_boolean ("silent", "Silent", "Fail without setting an error", FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
}

static void
test_fail_filter_init (TestFailFilter *self)
{
  self->marker = g_strdup ("FAIL");
}

static gboolean
test_plugin_init (WinnowPlugin  *plugin,
                  GError       **error)
{
  return winnow_plugin_register_filter (plugin, "test-label", TEST_TYPE_LABEL_FILTER, error) &&
         winnow_plugin_register_filter (plugin, "test-fail", TEST_TYPE_FAIL_FILTER, error);
}

WINNOW_PLUGIN_DEFINE ("test", "Filters for the test suite", test_plugin_init,
                      "0.1.0", "LGPL-2.1-or-later")
