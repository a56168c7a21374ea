/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing and building the model for a 2 MiB synthetic feed (64 states of
 * 200 parties, and articles), against json_parser_load_from_data() alone on
 * the same bytes (and freeing its tree, as the parser does), side by side
 * as bench-pair.c measures. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "bench-pair.h"
#include "mg-election.h"
#include "mg-feed-parser.h"

#define ROUNDS 41

/* Written compactly, as feeds are served, so that the articles get about a
 * sixth of the 2 MiB after the 64 × 200 parties. */
static char *
synthetic_feed (gsize *length)
{
  GString *json = g_string_new ("{\"format\":\"matganana-feed\",\"version\":1,"
                                "\"updated\":\"2022-12-08T13:05:00+05:30\",\"states\":[");
  guint a;

  for (guint s = 0; s < 64; s++)
    {
      g_string_append_printf (json, "%s{\"id\":\"state-%u\",\"name\":{\"en\":\"State %u\","
                              "\"hi\":\"राज्य %u\"},\"seats\":10000,\"previous_year\":2017,"
                              "\"parties\":[", s ? "," : "", s, s, s);
      for (guint p = 0; p < 200; p++)
        g_string_append_printf (json, "%s{\"id\":\"party-%u\",\"name\":{\"en\":\"Party %u\","
                                "\"hi\":\"दल %u\"},\"short\":\"P%u\",\"color\":\"#%06X\","
                                "\"won\":%u,\"leading\":%u,\"previous\":%u,"
                                "\"vote_percent\":%u.%u}",
                                p ? "," : "", p, p, p, p, (p * 2654435761u) & 0xffffff, p % 7,
                                p % 5, p % 11, p % 50, p % 10);
      g_string_append (json, "]}");
    }
  g_string_append (json, "],\"articles\":[");
  for (a = 0; json->len < 2 * 1024 * 1024 - 1024; a++)
    g_string_append_printf (json, "%s{\"id\":\"story-%u\",\"lang\":\"hi\",\"title\":"
                            "\"मतगणना अपडेट %u\",\"state\":\"state-%u\",\"blocks\":["
                            "{\"type\":\"heading\",\"text\":\"गुजरात में बीजेपी आगे\"},"
                            "{\"type\":\"paragraph\",\"text\":\"इसके साथ ही अगर हिमाचल प्रदेश "
                            "की बात करें तो यहां कांग्रेस ने 22 सीटों पर जीत दर्ज कर ली है.\"}]}",
                            a ? "," : "", a, a, a % 64);
  g_string_append (json, "]}");
  g_assert (a > 100);
  *length = json->len;
  return g_string_free (json, FALSE);
}

/* One run of either side, in microseconds. */
static double
run_once (gboolean ours,
          gpointer user_data)
{
  static const char *languages[] = { "hi", NULL };
  GBytes *feed = user_data;
  gsize length;
  const char *data = g_bytes_get_data (feed, &length);
  g_autoptr (GError) error = NULL;
  gint64 start;
  double elapsed;

  if (!ours)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();

      /* Parsing, and freeing the tree as mg_feed_parse_data() does. */
      start = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
        g_error ("%s", error->message);
      g_clear_object (&parser);
      return g_get_monotonic_time () - start;
    }
  else
    {
      g_autoptr (MgElection) election = NULL;

      /* Parsing and building the model; not freeing it. */
      start = g_get_monotonic_time ();
      election = mg_feed_parse_data (data, length, languages, &error);
      elapsed = g_get_monotonic_time () - start;
      if (election == NULL)
        g_error ("%s", error->message);
      return elapsed;
    }
}

int
main (int   argc,
      char *argv[])
{
  gsize length;
  char *data = synthetic_feed (&length);
  g_autoptr (GBytes) feed = g_bytes_new_take (data, length);
  BenchPairResult result;

  if (bench_pair_run_child (argc, argv, run_once, feed))
    return 0;

  bench_pair_measure (ROUNDS, &result);
  g_print ("parse: %.1f MiB feed, parse and model %.1f ms, json-glib alone %.1f ms (medians); "
           "median ratio of the %d pairs %.3f\n",
           length / 1048576.0, result.ours / 1000, result.base / 1000, ROUNDS,
           result.ratio_median);
  g_print ("parse-ratio: %.2f\n", result.ratio_median);
  return 0;
}
