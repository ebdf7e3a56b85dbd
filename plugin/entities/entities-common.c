/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Names of the entity classes, the error domain and the string hash shared
 * by the parts of the tagger. */

#include <string.h>

#include "entities-private.h"

G_DEFINE_QUARK (winnow-entities-model-error-quark, ent_model_error)

static const char * const class_names[ENT_N_CLASSES] = { "PER", "ORG", "LOC", "MISC" };
static const char * const class_labels[ENT_N_CLASSES] = { "PERSON", "ORG", "LOC", "MISC" };

/* The CoNLL name of a class ("PER"). */
const char *
ent_class_name (EntClass cls)
{
  g_return_val_if_fail (cls < ENT_N_CLASSES, NULL);
  return class_names[cls];
}

/* The span label of a class ("PERSON"). */
const char *
ent_class_label (EntClass cls)
{
  g_return_val_if_fail (cls < ENT_N_CLASSES, NULL);
  return class_labels[cls];
}

/* The class of a CoNLL name or span label, or -1. */
int
ent_class_from_name (const char *name)
{
  for (int i = 0; i < ENT_N_CLASSES; i++)
    if (g_ascii_strcasecmp (name, class_names[i]) == 0 ||
        g_ascii_strcasecmp (name, class_labels[i]) == 0)
      return i;
  return -1;
}

/* FNV-1a over the bytes, finished by a 64-bit mix so that neighbouring
 * strings land far apart. */
guint64
ent_hash_bytes (const char *bytes,
                gsize       len,
                guint64     seed)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325) ^ seed;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) bytes[i];
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return ent_mix (h);
}
