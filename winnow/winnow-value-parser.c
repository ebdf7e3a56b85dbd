/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "winnow-value-parser-private.h"
#include "winnow-pipeline.h"

/* Converts a property value written in a pipeline description to the
 * property's type, driven by its GParamSpec. GLib has no string-to-number
 * GValue transforms, and registering global ones would change every
 * library in the process, so this is our own. */

static gboolean
bad_value (GError     **error,
           GParamSpec  *pspec,
           const char  *string,
           const char  *expected)
{
  g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
               "Invalid value “%s” for property “%s”: expected %s",
               string, pspec->name, expected);
  return FALSE;
}

static gboolean
parse_boolean (const char *s,
               gboolean   *out)
{
  static const char *yes[] = { "true", "yes", "on", "1" };
  static const char *no[] = { "false", "no", "off", "0" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (s, yes[i]) == 0)
        return (*out = TRUE);
      if (g_ascii_strcasecmp (s, no[i]) == 0)
        {
          *out = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

static char *
enum_choices (GEnumClass *klass)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

static char *
flags_choices (GFlagsClass *klass)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

static gboolean
parse_signed (const char *s,
              gint64     *out)
{
  char *end;

  errno = 0;
  *out = g_ascii_strtoll (s, &end, 0);
  return errno == 0 && end != s && *end == '\0';
}

static gboolean
parse_unsigned (const char *s,
                guint64    *out)
{
  char *end;

  if (*s == '-')
    return FALSE;
  errno = 0;
  *out = g_ascii_strtoull (s, &end, 0);
  return errno == 0 && end != s && *end == '\0';
}

static gboolean
parse_double (const char *s,
              double     *out)
{
  char *end;

  errno = 0;
  *out = g_ascii_strtod (s, &end);
  return errno == 0 && end != s && *end == '\0' && isfinite (*out);
}

static gboolean
out_of_range (GParamSpec   *pspec,
              const GValue *value,
              const char   *string,
              GError      **error)
{
  g_auto(GValue) check = G_VALUE_INIT;

  g_value_init (&check, G_VALUE_TYPE (value));
  g_value_copy (value, &check);
  if (!g_param_value_validate (pspec, &check))
    return FALSE;

  if (G_IS_PARAM_SPEC_INT (pspec))
    g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                 "Value %s for property “%s” is out of range [%d, %d]", string, pspec->name,
                 G_PARAM_SPEC_INT (pspec)->minimum, G_PARAM_SPEC_INT (pspec)->maximum);
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                 "Value %s for property “%s” is out of range [%u, %u]", string, pspec->name,
                 G_PARAM_SPEC_UINT (pspec)->minimum, G_PARAM_SPEC_UINT (pspec)->maximum);
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                 "Value %s for property “%s” is out of range [%g, %g]", string, pspec->name,
                 G_PARAM_SPEC_DOUBLE (pspec)->minimum, G_PARAM_SPEC_DOUBLE (pspec)->maximum);
  else
    g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                 "Value %s for property “%s” is out of range", string, pspec->name);
  return TRUE;
}

gboolean
_winnow_value_from_string (GParamSpec  *pspec,
                           const char  *string,
                           GValue      *value,
                           GError     **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  GType fundamental = G_TYPE_FUNDAMENTAL (type);

  g_value_init (value, type);

  if (type == G_TYPE_STRV)
    {
      g_auto(GStrv) parts = NULL;

      if (*string == '\0')
        {
          g_value_take_boxed (value, g_new0 (char *, 1));
          return TRUE;
        }
      parts = g_strsplit (string, ",", -1);
      for (guint i = 0; parts[i]; i++)
        g_strstrip (parts[i]);
      g_value_take_boxed (value, g_steal_pointer (&parts));
      return TRUE;
    }

  switch (fundamental)
    {
    case G_TYPE_STRING:
      g_value_set_string (value, string);
      return TRUE;

    case G_TYPE_BOOLEAN:
      {
        gboolean b;
        if (!parse_boolean (string, &b))
          return bad_value (error, pspec, string, "true or false");
        g_value_set_boolean (value, b);
        return TRUE;
      }

    case G_TYPE_INT:
    case G_TYPE_LONG:
    case G_TYPE_INT64:
      {
        gint64 n;
        if (!parse_signed (string, &n))
          return bad_value (error, pspec, string, "an integer");
        if (fundamental == G_TYPE_INT)
          {
            if (n < G_MININT || n > G_MAXINT)
              return bad_value (error, pspec, string, "an integer that fits 32 bits");
            g_value_set_int (value, (int) n);
          }
        else if (fundamental == G_TYPE_LONG)
          g_value_set_long (value, (glong) n);
        else
          g_value_set_int64 (value, n);
        return !out_of_range (pspec, value, string, error);
      }

    case G_TYPE_UINT:
    case G_TYPE_ULONG:
    case G_TYPE_UINT64:
      {
        guint64 n;
        if (!parse_unsigned (string, &n))
          return bad_value (error, pspec, string, "a non-negative integer");
        if (fundamental == G_TYPE_UINT)
          {
            if (n > G_MAXUINT)
              return bad_value (error, pspec, string, "an integer that fits 32 bits");
            g_value_set_uint (value, (guint) n);
          }
        else if (fundamental == G_TYPE_ULONG)
          g_value_set_ulong (value, (gulong) n);
        else
          g_value_set_uint64 (value, n);
        return !out_of_range (pspec, value, string, error);
      }

    case G_TYPE_DOUBLE:
    case G_TYPE_FLOAT:
      {
        double d;
        if (!parse_double (string, &d))
          return bad_value (error, pspec, string, "a number");
        if (fundamental == G_TYPE_DOUBLE)
          g_value_set_double (value, d);
        else
          g_value_set_float (value, (float) d);
        return !out_of_range (pspec, value, string, error);
      }

    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (type);
        GEnumValue *ev = g_enum_get_value_by_nick (klass, string);
        gint64 n;

        if (ev == NULL)
          ev = g_enum_get_value_by_name (klass, string);
        if (ev == NULL && parse_signed (string, &n))
          ev = g_enum_get_value (klass, (int) n);
        if (ev == NULL)
          {
            g_autofree char *choices = enum_choices (klass);
            g_autofree char *expected = g_strdup_printf ("one of %s", choices);
            return bad_value (error, pspec, string, expected);
          }
        g_value_set_enum (value, ev->value);
        return TRUE;
      }

    case G_TYPE_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
        g_auto(GStrv) parts = g_strsplit_set (string, "+|", -1);
        guint flags = 0;

        for (guint i = 0; parts[i]; i++)
          {
            GFlagsValue *fv;
            g_strstrip (parts[i]);
            if (*parts[i] == '\0')
              continue;
            fv = g_flags_get_value_by_nick (klass, parts[i]);
            if (fv == NULL)
              fv = g_flags_get_value_by_name (klass, parts[i]);
            if (fv == NULL)
              {
                g_autofree char *choices = flags_choices (klass);
                g_autofree char *expected =
                  g_strdup_printf ("flags among %s, joined by +", choices);
                return bad_value (error, pspec, string, expected);
              }
            flags |= fv->value;
          }
        g_value_set_flags (value, flags);
        return TRUE;
      }

    default:
      g_set_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE,
                   "Property “%s” of type %s cannot be set from a pipeline description",
                   pspec->name, g_type_name (type));
      return FALSE;
    }
}

char *
_winnow_value_to_string (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      return strv ? g_strjoinv (",", (char **) strv) : g_strdup ("");
    }
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
    case G_TYPE_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");
    case G_TYPE_INT:
      return g_strdup_printf ("%d", g_value_get_int (value));
    case G_TYPE_UINT:
      return g_strdup_printf ("%u", g_value_get_uint (value));
    case G_TYPE_LONG:
      return g_strdup_printf ("%ld", g_value_get_long (value));
    case G_TYPE_ULONG:
      return g_strdup_printf ("%lu", g_value_get_ulong (value));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
    case G_TYPE_UINT64:
      return g_strdup_printf ("%" G_GUINT64_FORMAT, g_value_get_uint64 (value));
    case G_TYPE_DOUBLE:
    case G_TYPE_FLOAT:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];
        double d = G_TYPE_FUNDAMENTAL (type) == G_TYPE_DOUBLE ? g_value_get_double (value)
                                                              : g_value_get_float (value);
        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, d));
      }
    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (type);
        GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));
        return ev ? g_strdup (ev->value_nick) : g_strdup_printf ("%d", g_value_get_enum (value));
      }
    case G_TYPE_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
        guint flags = g_value_get_flags (value);
        GString *s = g_string_new (NULL);
        for (guint i = 0; i < klass->n_values; i++)
          {
            guint v = klass->values[i].value;
            if (v != 0 && (flags & v) == v)
              {
                g_string_append_printf (s, "%s%s", s->len ? "+" : "", klass->values[i].value_nick);
                flags &= ~v;
              }
          }
        return g_string_free (s, FALSE);
      }
    default:
      return g_strdup_value_contents (value);
    }
}
