/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing and building the model for a 2 MiB synthetic feed (64 states of
 * 200 parties, and articles), against json_parser_load_from_data() alone on
 * the same bytes (and freeing its tree, as the parser does): alternating,
 * each run in a process of its own, the median of the pairs' ratios. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

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

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* One run of either side, in microseconds. */
static double
run_once (const char *feed,
          gsize       length,
          gboolean    ours)
{
  static const char *languages[] = { "hi", NULL };
  g_autoptr (GError) error = NULL;
  gint64 start;
  double elapsed;

  if (!ours)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();

      /* Parsing, and freeing the tree as mg_feed_parse_data() does. */
      start = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, feed, (gssize) length, &error))
        g_error ("%s", error->message);
      g_clear_object (&parser);
      return g_get_monotonic_time () - start;
    }
  else
    {
      g_autoptr (MgElection) election = NULL;

      /* Parsing and building the model; not freeing it. */
      start = g_get_monotonic_time ();
      election = mg_feed_parse_data (feed, length, languages, &error);
      elapsed = g_get_monotonic_time () - start;
      if (election == NULL)
        g_error ("%s", error->message);
      return elapsed;
    }
}

/* Each measurement in a process of its own, started afresh, after one
 * untimed run of the same kind: neither side inherits the heap the other
 * left behind (in one process, each side's heap layout swung the other's
 * time by up to 20 %), and each process has its own address-space layout
 * (children forked from one parent all share its layout, and with some
 * layouts json-glib alone ran 60 % slower for a whole invocation). */
static double
measure (const char *self,
         gboolean    ours)
{
  const char *argv[] = { self, ours ? "--run=ours" : "--run=json-glib", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("a measuring run failed: %s", error->message);
  return g_ascii_strtod (out, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gsize length;
  g_autofree char *feed = synthetic_feed (&length);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  double ours[ROUNDS], base[ROUNDS], ratios[ROUNDS];

  if (argc == 2 && g_str_has_prefix (argv[1], "--run="))
    {
      gboolean run_ours = strcmp (argv[1], "--run=ours") == 0;

      /* Keep the warm-up's pages: without this the heap is given back and
       * faulted in again, and page faults are most of the noise. */
      mallopt (M_TRIM_THRESHOLD, 512 * 1024 * 1024);
      run_once (feed, length, run_ours);
      g_print ("%.1f\n", run_once (feed, length, run_ours));
      return 0;
    }
  if (self == NULL)
    g_error ("cannot find this program through /proc/self/exe");

  for (guint r = 0; r < ROUNDS; r++)
    {
      /* Alternate which side goes first. */
      if (r % 2 == 0)
        {
          base[r] = measure (self, FALSE);
          ours[r] = measure (self, TRUE);
        }
      else
        {
          ours[r] = measure (self, TRUE);
          base[r] = measure (self, FALSE);
        }
    }

  /* The ratio is the median of each round's pair: the two runs of a round
   * are back to back and share the machine's state, which drifts over the
   * whole run more than they differ. */
  for (guint r = 0; r < ROUNDS; r++)
    ratios[r] = ours[r] / base[r];
  qsort (ratios, ROUNDS, sizeof (double), compare);
  qsort (ours, ROUNDS, sizeof (double), compare);
  qsort (base, ROUNDS, sizeof (double), compare);
  g_print ("parse: %.1f MiB feed, parse and model %.1f ms, json-glib alone %.1f ms (medians); "
           "median ratio of the %d pairs %.3f\n",
           length / 1048576.0, ours[ROUNDS / 2] / 1000, base[ROUNDS / 2] / 1000, ROUNDS,
           ratios[ROUNDS / 2]);
  g_print ("parse-ratio: %.2f\n", ratios[ROUNDS / 2]);
  return 0;
}
