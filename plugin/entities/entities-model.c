/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The model file: a header, the feature table, the weights and the
 * compiled gazetteer, mapped read-only and used in place (loading is a
 * mmap and a checksum).
 *
 *   header (64 bytes, little-endian)
 *     "WNWENTS\n"  magic
 *     u32 version, u32 header size, u32 tags, u32 feature set,
 *     u32 feature slots, u32 weight pairs, u32 gazetteer slots,
 *     u32 word class slots,
 *     f32 weight scale, u32 checksum of the payload, u64 payload size,
 *     f32 temperature of the confidences, u32 zero
 *   payload
 *     u64 feature slots[]   open addressing on the low bits of the hash
 *     u32 pairs[]           (i16 weight << 16 | tag)
 *     (padding to 8 bytes)
 *     u64 gazetteer keys[], u32 gazetteer bits[]
 *     u64 word class keys[], u32 word classes[]
 */

#include <string.h>

#include "entities-private.h"

#define MODEL_MAGIC "WNWENTS\n"
#define MODEL_VERSION 2
/* The feature templates of entities-features.c; bump on any change. */
#define MODEL_FEATURE_SET 4

typedef struct {
  char    magic[8];
  guint32 version;
  guint32 header_size;
  guint32 n_tags;
  guint32 feature_set;
  guint32 n_slots;
  guint32 n_pairs;
  guint32 n_gaz_slots;
  guint32 n_cluster_slots;
  float   scale;
  guint32 checksum;
  guint64 payload_size;
  float   temperature;
  guint32 reserved;
} ModelHeader;

G_STATIC_ASSERT (sizeof (ModelHeader) == 64);

struct _EntModel
{
  gatomicrefcount  ref_count;
  GMappedFile     *file;
  GBytes          *bytes;     /* when built in memory instead */
  const guint64   *slots;
  guint32          slot_mask;
  const guint32   *pairs;
  float            scale;
  float            temperature;
  EntGazTable      gaz;
  EntGazTable      clusters;
  gsize            size;
};

static guint32
payload_checksum (const guint8 *data,
                  gsize         len)
{
  guint64 h = G_GUINT64_CONSTANT (0x9ae16a3b2f90404f) ^ len;
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 v;

      memcpy (&v, data + i, 8);
      h = (h ^ v) * G_GUINT64_CONSTANT (0x100000001b3);
      h ^= h >> 29;
    }
  for (; i < len; i++)
    h = (h ^ data[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  h = ent_mix (h);
  return (guint32) (h ^ (h >> 32));
}

static gsize
align8 (gsize n)
{
  return (n + 7) & ~(gsize) 7;
}

static gsize
payload_size (guint64 n_slots,
              guint64 n_pairs,
              guint64 n_gaz_slots,
              guint64 n_cluster_slots)
{
  return n_slots * 8 + align8 (n_pairs * 4) + n_gaz_slots * 12 + align8 (n_cluster_slots * 12);
}

static gboolean
is_power_of_two_or_zero (guint32 n)
{
  return (n & (n - 1)) == 0;
}

static EntModel *
model_from_data (const guint8 *data,
                 gsize         size,
                 const char   *name,
                 GError      **error)
{
  ModelHeader h;
  const guint8 *payload;
  EntModel *model;

#if G_BYTE_ORDER != G_LITTLE_ENDIAN
  g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_FORMAT,
               "%s: entity models are little-endian; this machine is not", name);
  return NULL;
#endif

  if (size < sizeof h.magic || memcmp (data, MODEL_MAGIC, sizeof h.magic) != 0)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_FORMAT,
                   "%s is not a Winnow entity model (bad magic)", name);
      return NULL;
    }
  if (size < sizeof h)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_TRUNCATED,
                   "%s is truncated: %" G_GSIZE_FORMAT " bytes, shorter than the header",
                   name, size);
      return NULL;
    }
  memcpy (&h, data, sizeof h);
  if (h.version != MODEL_VERSION || h.feature_set != MODEL_FEATURE_SET)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_VERSION,
                   "%s is an entity model of version %u.%u; this plugin reads version %u.%u",
                   name, h.version, h.feature_set, MODEL_VERSION, MODEL_FEATURE_SET);
      return NULL;
    }
  if (h.header_size != sizeof h || h.n_tags != ENT_N_TAGS ||
      !is_power_of_two_or_zero (h.n_slots) || h.n_slots == 0 ||
      !is_power_of_two_or_zero (h.n_gaz_slots) || !is_power_of_two_or_zero (h.n_cluster_slots) ||
      h.payload_size != payload_size (h.n_slots, h.n_pairs, h.n_gaz_slots, h.n_cluster_slots) ||
      !(h.scale > 0.f) || !(h.temperature > 0.f && h.temperature < 1e6f))
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_CORRUPT,
                   "%s has an inconsistent header", name);
      return NULL;
    }
  if (size - sizeof h < h.payload_size)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_TRUNCATED,
                   "%s is truncated: %" G_GSIZE_FORMAT " bytes, expected %" G_GUINT64_FORMAT,
                   name, size, (guint64) sizeof h + h.payload_size);
      return NULL;
    }
  if (size - sizeof h > h.payload_size)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_CORRUPT,
                   "%s has %" G_GUINT64_FORMAT " trailing bytes",
                   name, (guint64) (size - sizeof h - h.payload_size));
      return NULL;
    }
  payload = data + sizeof h;
  if (payload_checksum (payload, h.payload_size) != h.checksum)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_CORRUPT,
                   "%s is corrupt (checksum mismatch)", name);
      return NULL;
    }

  model = g_new0 (EntModel, 1);
  g_atomic_ref_count_init (&model->ref_count);
  model->slots = (const guint64 *) payload;
  model->slot_mask = h.n_slots - 1;
  model->pairs = (const guint32 *) (payload + (gsize) h.n_slots * 8);
  model->scale = h.scale;
  model->temperature = h.temperature;
  model->gaz.n_slots = h.n_gaz_slots;
  model->gaz.mask = h.n_gaz_slots ? h.n_gaz_slots - 1 : 0;
  model->gaz.keys = (const guint64 *) (payload + (gsize) h.n_slots * 8 + align8 ((gsize) h.n_pairs * 4));
  model->gaz.bits = (const guint32 *) ((const guint8 *) model->gaz.keys + (gsize) h.n_gaz_slots * 8);
  model->clusters.n_slots = h.n_cluster_slots;
  model->clusters.mask = h.n_cluster_slots ? h.n_cluster_slots - 1 : 0;
  model->clusters.keys = (const guint64 *) ((const guint8 *) model->gaz.bits + (gsize) h.n_gaz_slots * 4);
  model->clusters.bits = (const guint32 *) ((const guint8 *) model->clusters.keys + (gsize) h.n_cluster_slots * 8);
  model->size = size;

  /* A pair range outside the pairs would read past the file. */
  for (guint32 i = 0; i < h.n_slots; i++)
    {
      guint64 s = model->slots[i];

      if ((guint32) s != 0 && (guint64) ENT_SLOT_START (s) + ENT_SLOT_COUNT (s) > h.n_pairs)
        {
          g_free (model);
          g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_CORRUPT,
                       "%s is corrupt (weights out of range)", name);
          return NULL;
        }
    }
  return model;
}

/* Loads the model at @path, mapping it read-only. */
EntModel *
ent_model_load (const char  *path,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (path);
  GMappedFile *file;
  const char *contents;
  EntModel *model;

  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_IO,
                   "Cannot read the entity model: %s", local_error->message);
      return NULL;
    }
  contents = g_mapped_file_get_contents (file);
  /* An empty file maps to NULL contents. */
  model = model_from_data ((const guint8 *) (contents ? contents : ""),
                           g_mapped_file_get_length (file), name, error);
  if (model == NULL)
    {
      g_mapped_file_unref (file);
      return NULL;
    }
  model->file = file;
  return model;
}

void
ent_model_unref (EntModel *model)
{
  if (model == NULL || !g_atomic_ref_count_dec (&model->ref_count))
    return;
  g_clear_pointer (&model->file, g_mapped_file_unref);
  g_clear_pointer (&model->bytes, g_bytes_unref);
  g_free (model);
}

const EntGazTable *
ent_model_get_gazetteer (EntModel *model)
{
  return &model->gaz;
}

const EntGazTable *
ent_model_get_clusters (EntModel *model)
{
  return &model->clusters;
}

/* How much the scores are divided by before the softmax that turns them
 * into confidences; fitted on held-out data when the model is trained. */
float
ent_model_get_temperature (EntModel *model)
{
  return model->temperature;
}

void
ent_model_set_temperature (EntModel *model,
                           float     temperature)
{
  g_return_if_fail (temperature > 0.f);
  model->temperature = temperature;
}

/* A copy of model file bytes with another temperature in the header. */
GBytes *
ent_model_bytes_set_temperature (GBytes *bytes,
                                 float   temperature)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint8 *copy;

  g_return_val_if_fail (size >= sizeof (ModelHeader), NULL);
  copy = g_memdup2 (data, size);
  memcpy (copy + G_STRUCT_OFFSET (ModelHeader, temperature), &temperature, sizeof temperature);
  return g_bytes_new_take (copy, size);
}

/* The lookups of weights are cache misses more than anything else, so
 * they come in stages that let the memory system fetch in parallel:
 * prefetch the slots of features, find them (which prefetches their
 * weights), add the weights. The tagger runs the first stage of the next
 * word before the last stages of this one. */
void
ent_model_prefetch (EntModel      *model,
                    const guint64 *features,
                    guint          n_features)
{
  for (guint f = 0; f < n_features; f++)
    __builtin_prefetch (&model->slots[(guint32) features[f] & model->slot_mask]);
}

/* Finds the slots of @features into @found (those the model knows);
 * returns how many. */
guint
ent_model_lookup (EntModel      *model,
                  const guint64 *features,
                  guint          n_features,
                  guint64       *found)
{
  const guint64 *slots = model->slots;
  guint32 mask = model->slot_mask;
  guint n_found = 0;

  for (guint f = 0; f < n_features; f++)
    {
      guint64 h = features[f];
      guint32 fp = ENT_SLOT_FINGERPRINT (h);

      for (guint32 i = (guint32) h & mask;; i = (i + 1) & mask)
        {
          guint64 s = slots[i];
          guint32 sfp = (guint32) s;

          if (sfp == fp)
            {
              __builtin_prefetch (model->pairs + ENT_SLOT_START (s));
              found[n_found++] = s;
              break;
            }
          if (sfp == 0)
            break;
        }
    }
  return n_found;
}

/* Adds the (quantised) weights of the slots @found to @acc. */
void
ent_model_accumulate (EntModel      *model,
                      const guint64 *found,
                      guint          n_found,
                      gint32         acc[ENT_N_TAGS])
{
  for (guint f = 0; f < n_found; f++)
    {
      const guint32 *p = model->pairs + ENT_SLOT_START (found[f]);
      guint32 count = ENT_SLOT_COUNT (found[f]);

      for (guint32 k = 0; k < count; k++)
        acc[ENT_PAIR_TAG (p[k])] += ENT_PAIR_WEIGHT (p[k]);
    }
}

/* What a quantised weight is worth. */
float
ent_model_get_scale (EntModel *model)
{
  return model->scale;
}

/* Lays a model out as the bytes of a model file. */
GBytes *
ent_model_serialize (float   scale,
                     GArray *slots,
                     GArray *pairs,
                     GArray *gaz_keys,
                     GArray *gaz_bits,
                     GArray *cluster_keys,
                     GArray *cluster_values)
{
  ModelHeader h = { { 0, }, 0, };
  guint n_clusters = cluster_keys ? cluster_keys->len : 0;
  gsize size = payload_size (slots->len, pairs->len, gaz_keys->len, n_clusters);
  guint8 *data = g_malloc0 (sizeof h + size);
  guint8 *p = data + sizeof h;

  g_return_val_if_fail (gaz_keys->len == gaz_bits->len, NULL);

  if (slots->len > 0)
    memcpy (p, slots->data, slots->len * 8);
  p += slots->len * 8;
  if (pairs->len > 0)
    memcpy (p, pairs->data, pairs->len * 4);
  p += align8 (pairs->len * 4);
  if (gaz_keys->len > 0)
    {
      memcpy (p, gaz_keys->data, gaz_keys->len * 8);
      p += gaz_keys->len * 8;
      memcpy (p, gaz_bits->data, gaz_bits->len * 4);
      p += gaz_bits->len * 4;
    }
  if (n_clusters > 0)
    {
      memcpy (p, cluster_keys->data, n_clusters * 8);
      p += n_clusters * 8;
      memcpy (p, cluster_values->data, n_clusters * 4);
    }

  memcpy (h.magic, MODEL_MAGIC, sizeof h.magic);
  h.version = MODEL_VERSION;
  h.header_size = sizeof h;
  h.n_tags = ENT_N_TAGS;
  h.feature_set = MODEL_FEATURE_SET;
  h.n_slots = slots->len;
  h.n_pairs = pairs->len;
  h.n_gaz_slots = gaz_keys->len;
  h.n_cluster_slots = n_clusters;
  h.scale = scale;
  h.temperature = 1.f;
  h.payload_size = size;
  h.checksum = payload_checksum (data + sizeof h, size);
  memcpy (data, &h, sizeof h);

  return g_bytes_new_take (data, sizeof h + size);
}

/* A model over the bytes of a model file held in memory. */
EntModel *
ent_model_new_from_bytes (GBytes  *bytes,
                          GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  EntModel *model = model_from_data (data ? data : (const guint8 *) "", size,
                                     "entity model", error);

  if (model != NULL)
    model->bytes = g_bytes_ref (bytes);
  return model;
}

/* Writes model bytes to @path atomically. */
gboolean
ent_model_write (const char  *path,
                 GBytes      *bytes,
                 GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_file_set_contents (path, data, size, error);
}
