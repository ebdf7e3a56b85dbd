/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-filter-private.h"
#include "winnow-pipeline.h"
#include "winnow-value-parser-private.h"
#include "winnow-data.h"

/**
 * WinnowFilter:
 *
 * The base class of filters. A filter reads a #WinnowDocument and adds to
 * it: block labels, spans, metadata. Configuration is GObject properties
 * only; they take effect at winnow_filter_prepare(), which runs exactly
 * once before the first document, and cannot change afterwards.
 *
 * A filter written in C must allow process() from several threads at once.
 * One written in Python declares %WINNOW_FILTER_FLAG_SERIAL, one written in
 * JavaScript %WINNOW_FILTER_FLAG_OWNER_THREAD, and the pipeline honours it.
 */

typedef struct
{
  char              *name;
  WinnowFilterFlags  flags;

  GMutex             prepare_lock;
  gboolean           prepare_done;   /* written under prepare_lock */
  gint               prepared;       /* atomic: fast path for process() */
  GError            *prepare_error;

  GMutex             serial_lock;
  GThread           *owner_thread;
  GMainContext      *owner_context;
} WinnowFilterPrivate;

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WinnowFilter, winnow_filter, G_TYPE_OBJECT)
G_DEFINE_QUARK (winnow-filter-error-quark, winnow_filter_error)

static GQuark long_name_quark, description_quark, flags_quark, set_property_quark;
static GMutex class_lock;

/* Properties are locked once a filter is prepared. GObject dispatches a
 * property to the set_property of the class that installed it, so every
 * class between the instance's and ours gets this guard in front of its
 * own set_property, on first construction. */
static void
guarded_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  WinnowFilter *self = WINNOW_FILTER (object);
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);
  GObjectSetPropertyFunc original = NULL;

  /* A class initialised after its parent was guarded inherited the guard
   * itself; the parent's saved function is the one it inherited. */
  for (GType t = pspec->owner_type; original == NULL && t != G_TYPE_INVALID; t = g_type_parent (t))
    original = (GObjectSetPropertyFunc) g_type_get_qdata (t, set_property_quark);

  if (g_atomic_int_get (&priv->prepared))
    {
      g_critical ("Filter “%s”: property “%s” cannot change after the filter is prepared",
                  winnow_filter_get_name (self), pspec->name);
      return;
    }
  if (original)
    original (object, prop_id, value, pspec);
}

static void
guard_class_properties (GType type)
{
  g_mutex_lock (&class_lock);
  for (GType t = type; t != WINNOW_TYPE_FILTER && t != G_TYPE_INVALID; t = g_type_parent (t))
    {
      GObjectClass *klass = g_type_class_peek (t);

      if (klass == NULL || klass->set_property == guarded_set_property)
        continue;
      g_type_set_qdata (t, set_property_quark, (gpointer) klass->set_property);
      klass->set_property = guarded_set_property;
    }
  g_mutex_unlock (&class_lock);
}

static GObject *
winnow_filter_constructor (GType                  type,
                           guint                  n_construct_properties,
                           GObjectConstructParam *construct_properties)
{
  guard_class_properties (type);
  return G_OBJECT_CLASS (winnow_filter_parent_class)->constructor (type,
                                                                   n_construct_properties,
                                                                   construct_properties);
}

static void
winnow_filter_finalize (GObject *object)
{
  WinnowFilter *self = WINNOW_FILTER (object);
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);

  g_free (priv->name);
  g_clear_error (&priv->prepare_error);
  g_mutex_clear (&priv->prepare_lock);
  g_mutex_clear (&priv->serial_lock);
  g_clear_pointer (&priv->owner_context, g_main_context_unref);

  G_OBJECT_CLASS (winnow_filter_parent_class)->finalize (object);
}

static void
winnow_filter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WinnowFilter *self = WINNOW_FILTER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, winnow_filter_get_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_filter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WinnowFilter *self = WINNOW_FILTER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      _winnow_filter_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_filter_class_init (WinnowFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructor = winnow_filter_constructor;
  object_class->finalize = winnow_filter_finalize;
  object_class->get_property = winnow_filter_get_property;
  object_class->set_property = winnow_filter_set_property;

  long_name_quark = g_quark_from_static_string ("winnow-filter-long-name");
  description_quark = g_quark_from_static_string ("winnow-filter-description");
  flags_quark = g_quark_from_static_string ("winnow-filter-flags");
  set_property_quark = g_quark_from_static_string ("winnow-filter-set-property");

  /**
   * WinnowFilter:name:
   *
   * The name of this filter instance: the registry name it was created
   * under. It is the `filter` of the labels and spans it makes.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name",
                         "Name of the filter, as written in pipelines and labels",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
winnow_filter_init (WinnowFilter *self)
{
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);

  g_mutex_init (&priv->prepare_lock);
  g_mutex_init (&priv->serial_lock);
  priv->owner_thread = g_thread_self ();
  priv->owner_context = g_main_context_ref_thread_default ();
}

void
_winnow_filter_set_name (WinnowFilter *self,
                         const char   *name)
{
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);

  g_free (priv->name);
  priv->name = g_strdup (name);
}

GMainContext *
_winnow_filter_get_owner_context (WinnowFilter *self)
{
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);

  return priv->owner_context;
}

gboolean
_winnow_filter_is_owned_by_this_thread (WinnowFilter *self)
{
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);

  return priv->owner_thread == g_thread_self ();
}

/**
 * winnow_filter_class_set_metadata:
 * @klass: a #WinnowFilterClass
 * @long_name: a human-readable name, e.g. "Boilerplate remover"
 * @description: what the filter does, one or two sentences
 *
 * Sets the class metadata that `winnow inspect` and the registry show.
 * Call it from class init.
 */
void
winnow_filter_class_set_metadata (WinnowFilterClass *klass,
                                  const char        *long_name,
                                  const char        *description)
{
  GType type;

  g_return_if_fail (WINNOW_IS_FILTER_CLASS (klass));
  type = G_TYPE_FROM_CLASS (klass);
  g_type_set_qdata (type, long_name_quark, (gpointer) g_intern_string (long_name));
  g_type_set_qdata (type, description_quark, (gpointer) g_intern_string (description));
}

/**
 * winnow_filter_class_set_flags:
 * @klass: a #WinnowFilterClass
 * @flags: how the filter may be called from several threads
 *
 * Declares the threading needs of every filter of the class.
 */
void
winnow_filter_class_set_flags (WinnowFilterClass *klass,
                               WinnowFilterFlags  flags)
{
  g_return_if_fail (WINNOW_IS_FILTER_CLASS (klass));
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), flags_quark, GUINT_TO_POINTER (flags));
}

static gpointer
class_qdata (GType  type,
             GQuark quark)
{
  for (GType t = type; t != G_TYPE_INVALID; t = g_type_parent (t))
    {
      gpointer data = g_type_get_qdata (t, quark);
      if (data)
        return data;
    }
  return NULL;
}

/**
 * winnow_filter_class_get_long_name:
 * @klass: a #WinnowFilterClass
 *
 * Returns: (nullable): the human-readable name of the class
 */
const char *
winnow_filter_class_get_long_name (WinnowFilterClass *klass)
{
  g_return_val_if_fail (WINNOW_IS_FILTER_CLASS (klass), NULL);
  return class_qdata (G_TYPE_FROM_CLASS (klass), long_name_quark);
}

/**
 * winnow_filter_class_get_description:
 * @klass: a #WinnowFilterClass
 *
 * Returns: (nullable): what the filters of the class do
 */
const char *
winnow_filter_class_get_description (WinnowFilterClass *klass)
{
  g_return_val_if_fail (WINNOW_IS_FILTER_CLASS (klass), NULL);
  return class_qdata (G_TYPE_FROM_CLASS (klass), description_quark);
}

/**
 * winnow_filter_find_data_file:
 * @self: a #WinnowFilter
 * @path: (nullable) (type filename): a file the user chose (a property
 *   such as `model`), or %NULL
 * @relative_path: (type filename): the file the filter ships, below the
 *   data directories, such as `byline/model-html.txt`
 * @error: return location for a #GError, or %NULL
 *
 * Where a filter's model or word list is, for its prepare(): @path when
 * the user chose one, else @relative_path in the first of
 * winnow_get_data_dirs() that has it.
 *
 * Returns: (transfer full) (type filename): the path, or %NULL with
 *   %WINNOW_FILTER_ERROR_PREPARE set, naming the filter, the file and
 *   the directories searched
 */
char *
winnow_filter_find_data_file (WinnowFilter  *self,
                              const char    *path,
                              const char    *relative_path,
                              GError       **error)
{
  g_auto(GStrv) dirs = NULL;
  g_autofree char *searched = NULL;
  char *found;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), NULL);
  g_return_val_if_fail (relative_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path != NULL)
    return g_strdup (path);
  found = winnow_find_data_file (relative_path);
  if (found != NULL)
    return found;
  dirs = winnow_get_data_dirs ();
  searched = g_strjoinv (", ", dirs);
  g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
               "%s: data file %s not found (searched: %s; set WINNOW_DATA_PATH?)",
               winnow_filter_get_name (self), relative_path,
               *searched ? searched : "no directory");
  return NULL;
}

/**
 * winnow_filter_get_name:
 * @self: a #WinnowFilter
 *
 * Returns: the filter's name: #WinnowFilter:name, or else its type name
 */
const char *
winnow_filter_get_name (WinnowFilter *self)
{
  WinnowFilterPrivate *priv;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), NULL);
  priv = winnow_filter_get_instance_private (self);
  return priv->name ? priv->name : G_OBJECT_TYPE_NAME (self);
}

/**
 * winnow_filter_get_flags:
 * @self: a #WinnowFilter
 *
 * Returns: the threading needs of the filter: those of its class and its own
 */
WinnowFilterFlags
winnow_filter_get_flags (WinnowFilter *self)
{
  WinnowFilterPrivate *priv;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), 0);
  priv = winnow_filter_get_instance_private (self);
  return priv->flags |
         GPOINTER_TO_UINT (class_qdata (G_OBJECT_TYPE (self), flags_quark));
}

/**
 * winnow_filter_set_flags:
 * @self: a #WinnowFilter
 * @flags: threading needs to add to those of the class
 *
 * Declares the threading needs of this filter; a filter defined in Python
 * or JavaScript calls it from its constructor. Must be called before the
 * filter is prepared.
 */
void
winnow_filter_set_flags (WinnowFilter      *self,
                         WinnowFilterFlags  flags)
{
  WinnowFilterPrivate *priv;

  g_return_if_fail (WINNOW_IS_FILTER (self));
  priv = winnow_filter_get_instance_private (self);
  g_return_if_fail (!g_atomic_int_get (&priv->prepared));
  priv->flags = flags;
}

/**
 * winnow_filter_is_prepared:
 * @self: a #WinnowFilter
 *
 * Returns: whether winnow_filter_prepare() has run
 */
gboolean
winnow_filter_is_prepared (WinnowFilter *self)
{
  WinnowFilterPrivate *priv;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), FALSE);
  priv = winnow_filter_get_instance_private (self);
  return g_atomic_int_get (&priv->prepared);
}

static void
set_silent_failure_error (WinnowFilter  *self,
                          const char    *what,
                          GError       **error)
{
  g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_FAILED,
               "Filter “%s” failed to %s without saying why "
               "(an uncaught exception in a script?)",
               winnow_filter_get_name (self), what);
}

static gboolean process_on_owner_thread (WinnowFilter    *self,
                                         WinnowDocument  *document,
                                         GCancellable    *cancellable,
                                         GError         **error);

/**
 * winnow_filter_prepare:
 * @self: a #WinnowFilter
 * @error: return location for a #GError
 *
 * Gets the filter ready (loads its models) with the properties it has now.
 * Runs the class's prepare exactly once, whichever thread calls first;
 * later calls return the first result. Afterwards the properties are
 * locked. A filter flagged %WINNOW_FILTER_FLAG_OWNER_THREAD is prepared on
 * its owner thread.
 *
 * Returns: %TRUE if the filter is ready
 */
gboolean
winnow_filter_prepare (WinnowFilter  *self,
                       GError       **error)
{
  WinnowFilterPrivate *priv;
  gboolean ok;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = winnow_filter_get_instance_private (self);

  /* A filter bound to its owner thread also gets ready there. */
  if (!g_atomic_int_get (&priv->prepared) &&
      (winnow_filter_get_flags (self) & WINNOW_FILTER_FLAG_OWNER_THREAD) &&
      g_thread_self () != priv->owner_thread)
    return process_on_owner_thread (self, NULL, NULL, error);

  g_mutex_lock (&priv->prepare_lock);
  if (!priv->prepare_done)
    {
      WinnowFilterClass *klass = WINNOW_FILTER_GET_CLASS (self);
      GError *local_error = NULL;

      ok = klass->prepare ? klass->prepare (self, &local_error) : TRUE;
      if (!ok && local_error == NULL)
        set_silent_failure_error (self, "prepare", &local_error);
      if (ok && local_error != NULL)
        {
          g_warning ("Filter “%s” returned TRUE from prepare with an error set: %s",
                     winnow_filter_get_name (self), local_error->message);
          g_clear_error (&local_error);
        }
      priv->prepare_error = local_error;
      priv->prepare_done = TRUE;
      g_atomic_int_set (&priv->prepared, TRUE);
    }
  ok = priv->prepare_error == NULL;
  if (!ok)
    g_propagate_error (error, g_error_copy (priv->prepare_error));
  g_mutex_unlock (&priv->prepare_lock);
  return ok;
}

static gboolean
call_process (WinnowFilter    *self,
              WinnowDocument  *document,
              GCancellable    *cancellable,
              GError         **error)
{
  WinnowFilterClass *klass = WINNOW_FILTER_GET_CLASS (self);
  GError *local_error = NULL;
  gboolean ok;

  if (klass->process == NULL)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_FAILED,
                   "Filter “%s” does not implement process()", winnow_filter_get_name (self));
      return FALSE;
    }
  ok = klass->process (self, document, cancellable, &local_error);
  if (!ok && local_error == NULL)
    set_silent_failure_error (self, "process a document", &local_error);
  if (ok && local_error != NULL)
    {
      g_warning ("Filter “%s” returned TRUE from process with an error set: %s",
                 winnow_filter_get_name (self), local_error->message);
      g_clear_error (&local_error);
    }
  if (local_error)
    g_propagate_error (error, local_error);
  return ok;
}

typedef struct {
  WinnowFilter   *filter;
  WinnowDocument *document;     /* NULL: the call is prepare() */
  GCancellable   *cancellable;
  GMutex          lock;
  GCond           cond;
  gboolean        done;
  gboolean        ok;
  GError         *error;
} OwnerCall;

static gboolean
run_on_owner_thread (gpointer data)
{
  OwnerCall *call = data;
  GError *error = NULL;
  gboolean ok = call->document
                ? call_process (call->filter, call->document, call->cancellable, &error)
                : winnow_filter_prepare (call->filter, &error);

  g_mutex_lock (&call->lock);
  call->ok = ok;
  call->error = error;
  call->done = TRUE;
  g_cond_signal (&call->cond);
  g_mutex_unlock (&call->lock);
  return G_SOURCE_REMOVE;
}

/* Hands the call to the owner's main context and waits. An idle source
 * is attached explicitly: g_main_context_invoke() would run the call right
 * here if this thread could acquire the context, which is what must not
 * happen to a JavaScript filter. */
static gboolean
process_on_owner_thread (WinnowFilter    *self,
                         WinnowDocument  *document,
                         GCancellable    *cancellable,
                         GError         **error)
{
  WinnowFilterPrivate *priv = winnow_filter_get_instance_private (self);
  OwnerCall call = { self, document, cancellable };
  GSource *source;

  g_mutex_init (&call.lock);
  g_cond_init (&call.cond);
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, run_on_owner_thread, &call, NULL);
  g_source_set_static_name (source, "[winnow] owner-thread filter call");
  g_source_attach (source, priv->owner_context);
  g_source_unref (source);

  g_mutex_lock (&call.lock);
  while (!call.done)
    g_cond_wait (&call.cond, &call.lock);
  g_mutex_unlock (&call.lock);
  g_mutex_clear (&call.lock);
  g_cond_clear (&call.cond);

  if (call.error)
    g_propagate_error (error, call.error);
  return call.ok;
}

/**
 * winnow_filter_process:
 * @self: a #WinnowFilter
 * @document: the document to process
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Processes one document, preparing the filter first if needed. Honours
 * the filter's flags: a serial filter runs one call at a time; an
 * owner-thread filter called from another thread runs on its owner's main
 * context, which must be iterating. A %FALSE return from the class with no
 * error set (what an uncaught Python exception gives) becomes a
 * %WINNOW_FILTER_ERROR_FAILED error naming the filter.
 *
 * Returns: %TRUE on success
 */
gboolean
winnow_filter_process (WinnowFilter    *self,
                       WinnowDocument  *document,
                       GCancellable    *cancellable,
                       GError         **error)
{
  WinnowFilterPrivate *priv;
  WinnowFilterFlags flags;
  gboolean ok;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), FALSE);
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = winnow_filter_get_instance_private (self);

  if (!winnow_filter_prepare (self, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  flags = winnow_filter_get_flags (self);
  if ((flags & WINNOW_FILTER_FLAG_OWNER_THREAD) && g_thread_self () != priv->owner_thread)
    return process_on_owner_thread (self, document, cancellable, error);

  if (flags & WINNOW_FILTER_FLAG_SERIAL)
    g_mutex_lock (&priv->serial_lock);
  ok = call_process (self, document, cancellable, error);
  if (flags & WINNOW_FILTER_FLAG_SERIAL)
    g_mutex_unlock (&priv->serial_lock);
  return ok;
}

/**
 * winnow_filter_set_property_from_string:
 * @self: a #WinnowFilter
 * @name: a property name
 * @value: the value as written in a pipeline description
 * @error: return location for a #GError
 *
 * Sets a property from its string form, converting it to the
 * property's type: strings, booleans (true/false/yes/no/1/0), integers
 * and doubles (range checked), enums and flags by nick or name (flags
 * joined by `+` or `|`), and string arrays (comma-separated).
 *
 * Returns: %TRUE if the property was set
 */
gboolean
winnow_filter_set_property_from_string (WinnowFilter  *self,
                                        const char    *name,
                                        const char    *value,
                                        GError       **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (WINNOW_IS_FILTER (self), FALSE);
  g_return_val_if_fail (name != NULL && value != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), name);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) ||
      (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    {
      g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY,
                   "Filter “%s” has no writable property “%s”",
                   winnow_filter_get_name (self), name);
      return FALSE;
    }
  if (winnow_filter_is_prepared (self))
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARED,
                   "Filter “%s” is prepared: property “%s” can no longer change",
                   winnow_filter_get_name (self), name);
      return FALSE;
    }
  if (!_winnow_value_from_string (pspec, value, &gvalue, error))
    return FALSE;
  g_object_set_property (G_OBJECT (self), name, &gvalue);
  return TRUE;
}
