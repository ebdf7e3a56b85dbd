/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* winnow-train-entities: trains the model of the entities filter from
 * CoNLL-2003 style files. */

#include <stdio.h>
#include <stdlib.h>

#include "entities-private.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EntCorpus) corpus = NULL;
  g_autoptr(EntCorpus) dev = NULL;
  g_autoptr(EntCorpus) calibrate = NULL;
  g_autofree char *calibrate_path = NULL;
  g_autoptr(EntGazetteer) gaz = ent_gazetteer_new ();
  g_autofree char *output = NULL;
  g_autofree char *dev_path = NULL;
  g_autofree char *gaz_dir = NULL;
  g_autofree char *evaluate = NULL;
  g_autofree char *clusters_path = NULL;
  g_autofree char *induce = NULL;
  g_autofree char *classes = NULL;
  g_autoptr(EntClusters) clusters = NULL;
  int min_count = 3, iterations = 10;
  int epochs = 12, seed = 1, ensemble = 1;
  double prune = 0.0;
  gboolean verbose = FALSE;
  EntTrainOptions options = { 0, };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the model to FILE", "FILE" },
    { "gazetteers", 'g', 0, G_OPTION_ARG_FILENAME, &gaz_dir,
      "Compile the lists of DIR (country.txt, city.txt, capital.txt, demonym.txt, first-name.txt, region.txt, surname.txt) into the model", "DIR" },
    { "clusters", 'c', 0, G_OPTION_ARG_FILENAME, &clusters_path,
      "Compile the word classes of FILE (from --induce-clusters) into the model", "FILE" },
    { "induce-clusters", 0, 0, G_OPTION_ARG_FILENAME, &induce,
      "Do not train: induce word classes from the plain-text FILEs given and write them to OUT", "OUT" },
    { "classes", 0, 0, G_OPTION_ARG_STRING, &classes,
      "Numbers of word classes, one per granularity (default 32,128,512)", "N,N,N" },
    { "min-count", 0, 0, G_OPTION_ARG_INT, &min_count, "Words seen fewer times get no class (default 3)", "N" },
    { "iterations", 0, 0, G_OPTION_ARG_INT, &iterations, "Exchange iterations (default 10)", "N" },
    { "calibrate", 0, 0, G_OPTION_ARG_FILENAME, &calibrate_path,
      "Fit the temperature of the confidence scores on this CoNLL file", "FILE" },
    { "dev", 'd', 0, G_OPTION_ARG_FILENAME, &dev_path, "Report F1 on this CoNLL file", "FILE" },
    { "epochs", 'e', 0, G_OPTION_ARG_INT, &epochs, "Passes over the data (default 12)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the shuffling (default 1)", "N" },
    { "ensemble", 'n', 0, G_OPTION_ARG_INT, &ensemble,
      "Average N models trained with seeds SEED..SEED+N-1 (default 1)", "N" },
    { "prune", 'p', 0, G_OPTION_ARG_DOUBLE, &prune, "Drop averaged weights smaller than this (default 0)", "W" },
    { "evaluate", 0, 0, G_OPTION_ARG_FILENAME, &evaluate, "Do not train: score MODEL on the --dev file", "MODEL" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Report each epoch", NULL },
    { NULL }
  };

  context = g_option_context_new ("TRAIN.conll... — train the entity tagger");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (context,
    "Reads CoNLL files (word ... NER tag per line, sentences separated by blank\n"
    "lines, documents by -DOCSTART-) and writes a model for the entities filter.\n"
    "The same data, options and seed always give the same model.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (induce != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (classes ? classes : "32,128,512", ",", -1);
      guint n_classes[ENT_CLUSTER_LEVELS];

      if (g_strv_length (parts) != ENT_CLUSTER_LEVELS || argc < 2)
        {
          g_printerr ("--induce-clusters needs %d numbers of classes and text files\n", ENT_CLUSTER_LEVELS);
          return 2;
        }
      for (guint k = 0; k < ENT_CLUSTER_LEVELS; k++)
        {
          n_classes[k] = g_ascii_strtoull (parts[k], NULL, 10);
          if (n_classes[k] < 2 || n_classes[k] > 1024)
            {
              g_printerr ("A number of classes must be between 2 and 1024\n");
              return 2;
            }
        }
      if (!ent_induce_clusters ((const char * const *) argv + 1, n_classes, ENT_CLUSTER_LEVELS,
                                MAX (min_count, 1), MAX (iterations, 1), verbose, induce, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (dev_path != NULL)
    {
      dev = ent_corpus_read_conll (dev_path, &error);
      if (dev == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  if (evaluate != NULL)
    {
      g_autoptr(EntModel) model = NULL;
      EntEval eval = { { 0, }, };
      gint64 t0;

      if (dev == NULL)
        {
          g_printerr ("--evaluate needs --dev\n");
          return 2;
        }
      t0 = g_get_monotonic_time ();
      model = ent_model_load (evaluate, &error);
      if (model == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_printerr ("loaded in %.2f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
      t0 = g_get_monotonic_time ();
      ent_evaluate (model, dev, &eval);
      g_printerr ("tagged %u words in %.3f s\n", ent_corpus_n_words (dev),
                  (g_get_monotonic_time () - t0) / 1e6);
      ent_eval_print (&eval, stdout);
      return 0;
    }

  if (argc < 2 || output == NULL || epochs < 1)
    {
      g_printerr ("Usage: %s -o MODEL [OPTION...] TRAIN.conll...\n", g_get_prgname ());
      return 2;
    }

  if (clusters_path != NULL && (clusters = ent_clusters_load (clusters_path, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (gaz_dir != NULL && !ent_gazetteer_load_dir (gaz, gaz_dir, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  corpus = ent_corpus_new ();
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(EntCorpus) part = ent_corpus_read_conll (argv[i], &error);

      if (part == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      while (part->docs->len > 0)
        g_ptr_array_add (corpus->docs, g_ptr_array_steal_index (part->docs, 0));
    }
  if (verbose)
    g_printerr ("%u documents, %u words, %u gazetteer phrases, %u words with classes\n",
                corpus->docs->len, ent_corpus_n_words (corpus), ent_gazetteer_size (gaz),
                clusters ? ent_clusters_size (clusters) : 0);

  options.epochs = epochs;
  options.seed = seed;
  options.prune = prune;
  options.ensemble = MAX (ensemble, 1);
  options.verbose = verbose;
  options.dev = dev;
  if (calibrate_path != NULL && (calibrate = ent_corpus_read_conll (calibrate_path, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  options.calibrate = calibrate;
  if (!ent_train (corpus, gaz, clusters, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
