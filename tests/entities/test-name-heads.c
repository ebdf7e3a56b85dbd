/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Name heads: the list file, and how the mentions of the tagger are mended
 * on made-up sentences (names of organisations and events that end in a
 * common noun the tagger left out or read as part of a person's name). */

#include <glib/gstdio.h>
#include <string.h>

#include "entities-private.h"

static EntNameHeads *
test_heads_new (void)
{
  EntNameHeads *heads = ent_name_heads_new ();

  /* Heads seen ending annotated names, and heads only seen ending
   * capitalised runs in unlabeled text (0). */
  ent_name_heads_add (heads, "forum", ENT_CLASS_ORG, 3);
  ent_name_heads_add (heads, "airlines", ENT_CLASS_ORG, 4);
  ent_name_heads_add (heads, "championship", ENT_CLASS_MISC, 15);
  ent_name_heads_add (heads, "dialogue", ENT_CLASS_ORG, 0);
  ent_name_heads_add (heads, "hour", ENT_CLASS_MISC, 0);
  ent_name_heads_add (heads, "waters", ENT_CLASS_ORG, 0);
  ent_name_heads_add (heads, "village", ENT_CLASS_ORG, 0);
  ent_name_heads_add (heads, "council", ENT_CLASS_ORG, 27);
  return heads;
}

/* Tokenizes @text, makes the mentions of @found ("LOC:Baltic Sea|PER:Dan
 * Waters", each the first match of its words from where the previous one
 * ended), mends them and returns the result in the same notation. */
static char *
mend (const EntNameHeads *heads,
      const char         *text,
      const char         *found)
{
  g_autoptr(GArray) tokens = winnow_tokenize (text, -1);
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (EntMention));
  g_autofree EntWord *words = g_new0 (EntWord, tokens->len);
  g_auto(GStrv) items = g_strsplit (found, "|", -1);
  GString *out = g_string_new (NULL);
  guint from = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *t = &g_array_index (tokens, WinnowToken, i);

      words[i].text = text + t->start;
      words[i].len = t->end - t->start;
      words[i].flags = t->flags;
    }
  for (guint k = 0; items[k] && *items[k]; k++)
    {
      char *colon = strchr (items[k], ':');
      g_auto(GStrv) name = NULL;
      guint n;
      EntMention m = { 0, 0, 0, 0.5f + 0.1f * k };
      gboolean matched = FALSE;

      g_assert_nonnull (colon);
      *colon = '\0';
      m.cls = ent_class_from_name (items[k]);
      g_assert_cmpint (m.cls, >=, 0);
      name = g_strsplit (colon + 1, " ", -1);
      n = g_strv_length (name);
      for (guint i = from; i + n <= tokens->len && !matched; i++)
        {
          matched = TRUE;
          for (guint w = 0; w < n && matched; w++)
            matched = words[i + w].len == strlen (name[w]) &&
                      memcmp (words[i + w].text, name[w], words[i + w].len) == 0;
          if (matched)
            m.start = i, m.end = i + n;
        }
      g_assert_true (matched);
      from = m.end;
      g_array_append_val (mentions, m);
    }

  ent_name_heads_mend (heads, words, tokens->len, mentions);

  for (guint k = 0; k < mentions->len; k++)
    {
      const EntMention *m = &g_array_index (mentions, EntMention, k);

      if (k > 0)
        {
          g_string_append_c (out, '|');
          g_assert_cmpuint (m->start, >=, g_array_index (mentions, EntMention, k - 1).end);
        }
      g_string_append_printf (out, "%s:", ent_class_name (m->cls));
      for (guint i = m->start; i < m->end; i++)
        g_string_append_printf (out, "%s%.*s", i > m->start ? " " : "", (int) words[i].len, words[i].text);
    }
  return g_string_free (out, FALSE);
}

#define assert_mended(heads, text, found, expected) \
  G_STMT_START { \
    g_autofree char *result_ = mend ((heads), (text), (found)); \
    g_assert_cmpstr (result_, ==, (expected)); \
  } G_STMT_END

static void
test_head_left_out (void)
{
  g_autoptr(EntNameHeads) heads = test_heads_new ();

  /* The tagger saw a place and left the rest of the name out. */
  assert_mended (heads, "Delegates met at the Baltic Sea Energy Forum in Riga on Monday.",
                 "LOC:Baltic Sea|LOC:Riga", "ORG:Baltic Sea Energy Forum|LOC:Riga");
  assert_mended (heads, "Envoys attended the Andean Trade Dialogue, officials said.",
                 "MISC:Andean", "ORG:Andean Trade Dialogue");
  /* Only the mention nearest the head joins it. */
  assert_mended (heads, "He joined the Oslo-based Norland Airlines last year.",
                 "MISC:Oslo-based|PER:Norland", "MISC:Oslo-based|ORG:Norland Airlines");
  /* No mention in the run: nothing is invented. */
  assert_mended (heads, "The rules of the Energy Forum were changed.", "", "");
  /* A run that does not end in a head, or ends in one written in lower
   * case, is left alone. */
  assert_mended (heads, "They met Peter Hansen Monday in the Riga forum.",
                 "PER:Peter Hansen|LOC:Riga", "PER:Peter Hansen|LOC:Riga");
}

static void
test_person_head (void)
{
  g_autoptr(EntNameHeads) heads = test_heads_new ();

  /* A name and a head after it is not a person. */
  assert_mended (heads, "She said on “The Tom Brenner Hour” that she would run.",
                 "PER:Tom Brenner Hour", "MISC:Tom Brenner Hour");
  assert_mended (heads, "She said on The Tom Brenner Hour that she would run.",
                 "PER:Tom Brenner", "MISC:Tom Brenner Hour");
  /* Two words may be a first name and a surname that is also a noun ... */
  assert_mended (heads, "Later, Dan Waters said the company would appeal.",
                 "PER:Dan Waters", "PER:Dan Waters");
  /* ... unless the head has ended many names in the annotated data. */
  assert_mended (heads, "The plane belongs to Norland Airlines, a budget carrier.",
                 "PER:Norland Airlines", "ORG:Norland Airlines");
  /* A place ending in a head only seen in unlabeled text stays a place. */
  assert_mended (heads, "She moved to the West Village last year.",
                 "LOC:West Village", "LOC:West Village");
  /* An organisation is left as it is. */
  assert_mended (heads, "He addressed the Nordic Council on Monday.",
                 "ORG:Nordic Council", "ORG:Nordic Council");
}

static void
test_place_before_name (void)
{
  g_autoptr(EntNameHeads) heads = test_heads_new ();

  assert_mended (heads, "Ministers flew in for the Northeast Asia Energy Dialogue in Seoul.",
                 "LOC:Northeast Asia|ORG:Energy Dialogue|LOC:Seoul",
                 "ORG:Northeast Asia Energy Dialogue|LOC:Seoul");
  assert_mended (heads, "He won the Canadian Open and the U.S. Amateur Championship last year.",
                 "MISC:Canadian Open|LOC:U.S.|MISC:Amateur Championship",
                 "MISC:Canadian Open|MISC:U.S. Amateur Championship");
  /* A place that does not touch the name stays apart. */
  assert_mended (heads, "In Seoul, Energy Forum members met.",
                 "LOC:Seoul|ORG:Energy Forum", "LOC:Seoul|ORG:Energy Forum");
}

static void
test_boundaries (void)
{
  g_autoptr(EntNameHeads) heads = test_heads_new ();

  /* Sentences and lines end runs. */
  assert_mended (heads, "The talks were held in Oslo. Council members left early.",
                 "LOC:Oslo", "LOC:Oslo");
  assert_mended (heads, "Delegates from the city of Oslo\nCouncil members met today.",
                 "LOC:Oslo", "LOC:Oslo");
  /* In a title-case headline capitals say nothing about names. */
  assert_mended (heads, "Tom Brenner Gives Update On The Energy Forum",
                 "PER:Tom Brenner", "PER:Tom Brenner");
  /* Nor in capitals. */
  assert_mended (heads, "Delegates attended the NORTHEAST ASIA ENERGY DIALOGUE in Seoul.",
                 "LOC:NORTHEAST ASIA|LOC:Seoul", "LOC:NORTHEAST ASIA|LOC:Seoul");
}

static void
test_list_file (void)
{
  g_autoptr(EntNameHeads) heads = ent_name_heads_new ();
  g_autoptr(EntNameHeads) broken = ent_name_heads_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entities-heads-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  guint n_names = 99;

  g_assert_true (g_file_set_contents (good, "# heads\n\nministry\tORG\t31\ncup\tMISC\t96\nshow\tORG\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "ministry\tORG\t31\ncup\tCUP\n", -1, NULL));

  g_assert_true (ent_name_heads_load (heads, good, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ent_name_heads_size (heads), ==, 3);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Ministry", 8, &n_names), ==, ENT_CLASS_ORG);
  g_assert_cmpuint (n_names, ==, 31);
  g_assert_cmpint (ent_name_heads_lookup (heads, "CUP", 3, &n_names), ==, ENT_CLASS_MISC);
  g_assert_cmpuint (n_names, ==, 96);
  g_assert_cmpint (ent_name_heads_lookup (heads, "show", 4, &n_names), ==, ENT_CLASS_ORG);
  g_assert_cmpuint (n_names, ==, 0);
  g_assert_cmpint (ent_name_heads_lookup (heads, "table", 5, NULL), ==, -1);

  g_assert_false (ent_name_heads_load (broken, bad, &error));
  g_assert_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, ":2:"));
  g_clear_error (&error);

  g_assert_false (ent_name_heads_load (broken, "/nonexistent/heads.txt", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* The shipped list holds the heads of the seed's names and not the
 * surnames and titles that follow names ("Pence", "Minister"). */
static void
test_shipped_list (void)
{
  g_autoptr(EntNameHeads) heads = ent_name_heads_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = winnow_find_data_file ("entities/name-heads.txt");

  g_assert_nonnull (path);
  g_assert_true (ent_name_heads_load (heads, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Council", 7, NULL), ==, ENT_CLASS_ORG);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Ministry", 8, NULL), ==, ENT_CLASS_ORG);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Cup", 3, NULL), ==, ENT_CLASS_MISC);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Dialogue", 8, NULL), >=, 0);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Show", 4, NULL), >=, 0);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Pence", 5, NULL), ==, -1);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Minister", 8, NULL), ==, -1);
  g_assert_cmpint (ent_name_heads_lookup (heads, "President", 9, NULL), ==, -1);
  g_assert_cmpint (ent_name_heads_lookup (heads, "Peninsula", 9, NULL), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entities/name-heads/head-left-out", test_head_left_out);
  g_test_add_func ("/entities/name-heads/person-head", test_person_head);
  g_test_add_func ("/entities/name-heads/place-before-name", test_place_before_name);
  g_test_add_func ("/entities/name-heads/boundaries", test_boundaries);
  g_test_add_func ("/entities/name-heads/list-file", test_list_file);
  g_test_add_func ("/entities/name-heads/shipped-list", test_shipped_list);
  return g_test_run ();
}
