/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a real results CSV (Gujarat 2017, Lok Dhaba layout) into the
 * model, against reading the feed --convert writes of it, side by side as
 * bench-pair.c measures.
 *
 *   bench-csv [FILE.csv]    (default: tests/data/tcpd-ae-gujarat-2017.csv) */
#include "config.h"

#include <json-glib/json-glib.h>

#include "bench-pair.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-lokdhaba.h"

#define ROUNDS 41

static const char *const languages[] = { "en", NULL };

typedef struct {
  GBytes *csv;
  GBytes *json;
} Inputs;

static double
run_once (gboolean ours,
          gpointer user_data)
{
  Inputs *inputs = user_data;
  GBytes *bytes = ours ? inputs->csv : inputs->json;
  g_autoptr (MgElection) election = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  election = mg_feed_parse (bytes, languages, &error);
  elapsed = g_get_monotonic_time () - start;
  if (election == NULL)
    g_error ("%s", error->message);
  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  const char *path = TESTS_SOURCE_DIR "/data/tcpd-ae-gujarat-2017.csv";
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) tree = NULL;
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  char *json;
  gsize length, json_length;
  Inputs inputs;
  BenchPairResult result;

  for (int i = 1; i < argc; i++)
    if (!g_str_has_prefix (argv[i], "--"))
      path = argv[i];
  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);
  tree = mg_lokdhaba_read (data, length, &error);
  if (tree == NULL)
    g_error ("%s: %s", path, error->message);
  json_generator_set_root (generator, tree);
  json = json_generator_to_data (generator, &json_length);
  inputs.csv = g_bytes_new (data, length);
  inputs.json = g_bytes_new_take (json, json_length);

  if (bench_pair_run_child (argc, argv, run_once, &inputs))
    return 0;

  bench_pair_measure (ROUNDS, &result);
  g_print ("csv: %.0f KiB CSV %.1f ms, its %.0f KiB feed %.1f ms (medians); median ratio of "
           "the %d pairs %.3f (lowest %.3f, highest %.3f)\n",
           length / 1024.0, result.ours / 1000, json_length / 1024.0, result.base / 1000, ROUNDS,
           result.ratio_median, result.ratio_min, result.ratio_max);
  g_print ("csv-parse-ratio: %.2f\n", result.ratio_median);
  g_bytes_unref (inputs.csv);
  g_bytes_unref (inputs.json);
  return 0;
}
