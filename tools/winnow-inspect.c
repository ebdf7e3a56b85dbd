/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <winnow/winnow.h>

#include "winnow-tool.h"

/* `winnow inspect`, in the manner of gst-inspect: the list of filters, or
 * one filter's details and every property with type, range, default and
 * blurb. */

static void
print_flags (WinnowFilterFlags flags)
{
  if (flags & WINNOW_FILTER_FLAG_OWNER_THREAD)
    printf ("  Runs only on the thread that created it (owner thread)\n");
  else if (flags & WINNOW_FILTER_FLAG_SERIAL)
    printf ("  Processes one document at a time (serial)\n");
  else
    printf ("  Processes documents on several threads at once\n");
}

static char *
describe_value (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *s = g_value_get_string (value);
      return s ? g_strdup_printf ("\"%s\"", s) : g_strdup ("null");
    }
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      const char * const *strv = g_value_get_boxed (value);
      g_autofree char *joined = strv ? g_strjoinv (",", (char **) strv) : NULL;
      return strv ? g_strdup_printf ("\"%s\"", joined) : g_strdup ("null");
    }
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));
      return g_strdup_printf ("%d, \"%s\"", g_value_get_enum (value), ev ? ev->value_nick : "?");
    }
  return g_strdup_value_contents (value);
}

static void
print_property (GParamSpec *pspec)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const GValue *default_value = g_param_spec_get_default_value (pspec);
  g_autofree char *default_text = describe_value (default_value);
  const char *blurb = g_param_spec_get_blurb (pspec);

  printf ("  %-20s: %s\n", pspec->name, blurb ? blurb : "");
  printf ("  %-20s  flags: %s%s%s\n", "",
          (pspec->flags & G_PARAM_READABLE) ? "readable" : "",
          (pspec->flags & G_PARAM_WRITABLE) ? ", writable" : "",
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) ? ", construct only" : "");

  if (G_IS_PARAM_SPEC_INT (pspec))
    printf ("  %-20s  Integer. Range: %d - %d Default: %s\n", "",
            G_PARAM_SPEC_INT (pspec)->minimum, G_PARAM_SPEC_INT (pspec)->maximum, default_text);
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    printf ("  %-20s  Unsigned Integer. Range: %u - %u Default: %s\n", "",
            G_PARAM_SPEC_UINT (pspec)->minimum, G_PARAM_SPEC_UINT (pspec)->maximum, default_text);
  else if (G_IS_PARAM_SPEC_UINT64 (pspec))
    printf ("  %-20s  Unsigned Integer64. Range: %" G_GUINT64_FORMAT " - %" G_GUINT64_FORMAT
            " Default: %s\n", "", G_PARAM_SPEC_UINT64 (pspec)->minimum,
            G_PARAM_SPEC_UINT64 (pspec)->maximum, default_text);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    printf ("  %-20s  Double. Range: %g - %g Default: %s\n", "",
            G_PARAM_SPEC_DOUBLE (pspec)->minimum, G_PARAM_SPEC_DOUBLE (pspec)->maximum,
            default_text);
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    printf ("  %-20s  Boolean. Default: %s\n", "", default_text);
  else if (G_IS_PARAM_SPEC_STRING (pspec))
    printf ("  %-20s  String. Default: %s\n", "", default_text);
  else if (type == G_TYPE_STRV)
    printf ("  %-20s  String list (comma-separated). Default: %s\n", "", default_text);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      printf ("  %-20s  Enum \"%s\" Default: %s\n", "", g_type_name (type), default_text);
      for (guint i = 0; i < klass->n_values; i++)
        printf ("  %-20s     (%d): %-16s - %s\n", "", klass->values[i].value,
                klass->values[i].value_nick, klass->values[i].value_name);
    }
  else if (G_IS_PARAM_SPEC_FLAGS (pspec))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      printf ("  %-20s  Flags \"%s\" Default: %s (join with +)\n", "", g_type_name (type),
              default_text);
      for (guint i = 0; i < klass->n_values; i++)
        printf ("  %-20s     (0x%08x): %-16s - %s\n", "", klass->values[i].value,
                klass->values[i].value_nick, klass->values[i].value_name);
    }
  else
    printf ("  %-20s  %s. Default: %s\n", "", g_type_name (type), default_text);
}

static int
inspect_filter (WinnowRegistry *registry,
                const char     *name)
{
  g_autoptr(WinnowFilterInfo) info = winnow_registry_lookup (registry, name);
  g_autoptr(GTypeClass) klass = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  g_autoptr(WinnowFilter) filter = NULL;

  if (info == NULL)
    {
      g_autofree char *suggestion = winnow_registry_suggest_name (registry, name);
      if (suggestion)
        g_printerr ("winnow inspect: no filter named “%s”; did you mean “%s”?\n", name, suggestion);
      else
        g_printerr ("winnow inspect: no filter named “%s” (run “winnow inspect” for the list)\n",
                    name);
      return WINNOW_EXIT_USAGE;
    }

  filter = winnow_registry_create_filter (registry, name, NULL);
  klass = g_type_class_ref (winnow_filter_info_get_filter_type (info));
  printf ("Filter Details:\n");
  printf ("  %-14s%s\n", "Name", winnow_filter_info_get_name (info));
  printf ("  %-14s%s\n", "Long name", winnow_filter_info_get_long_name (info)
                                      ? winnow_filter_info_get_long_name (info) : "");
  printf ("  %-14s%s\n", "Description", winnow_filter_info_get_description (info)
                                        ? winnow_filter_info_get_description (info) : "");
  printf ("  %-14s%s\n", "Type", g_type_name (winnow_filter_info_get_filter_type (info)));
  printf ("\n");
  printf ("Plugin Details:\n");
  if (winnow_filter_info_get_plugin_name (info))
    {
      printf ("  %-14s%s\n", "Name", winnow_filter_info_get_plugin_name (info));
      printf ("  %-14s%s\n", "Filename", winnow_filter_info_get_filename (info));
      printf ("  %-14s%s\n", "Version", winnow_filter_info_get_plugin_version (info)
                                        ? winnow_filter_info_get_plugin_version (info) : "");
      printf ("  %-14s%s\n", "License", winnow_filter_info_get_plugin_license (info)
                                        ? winnow_filter_info_get_plugin_license (info) : "");
    }
  else
    printf ("  (registered at run time)\n");
  printf ("\n");
  printf ("Threading:\n");
  print_flags (filter ? winnow_filter_get_flags (filter) : winnow_filter_info_get_flags (info));
  printf ("\n");
  printf ("Properties:\n");
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    print_property (pspecs[i]);
  return WINNOW_EXIT_OK;
}

static int
list_filters (WinnowRegistry *registry)
{
  g_autoptr(GPtrArray) infos = winnow_registry_list_filters (registry);

  for (guint i = 0; i < infos->len; i++)
    {
      WinnowFilterInfo *info = infos->pdata[i];
      const char *plugin = winnow_filter_info_get_plugin_name (info);
      printf ("%s:  %-14s %s\n", plugin ? plugin : "(run time)", winnow_filter_info_get_name (info),
              winnow_filter_info_get_long_name (info) ? winnow_filter_info_get_long_name (info) : "");
    }
  printf ("\nTotal count: %u filter%s\n", infos->len, infos->len == 1 ? "" : "s");
  return WINNOW_EXIT_OK;
}

int
winnow_inspect_command (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("[FILTER] — describe filters");
  g_autoptr(GError) error = NULL;

  g_set_prgname ("winnow inspect");
  g_option_context_set_summary (context,
    "Without FILTER, lists every installed filter with its plugin.\n"
    "With FILTER, shows its description, plugin, threading and every\n"
    "property with its type, range, default and meaning.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("winnow inspect: %s\n", error->message);
      return WINNOW_EXIT_USAGE;
    }
  if (argc > 2)
    {
      g_printerr ("winnow inspect: give at most one filter name\n");
      return WINNOW_EXIT_USAGE;
    }
  if (argc == 2)
    return inspect_filter (winnow_registry_get_default (), argv[1]);
  return list_filters (winnow_registry_get_default ());
}
