/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing and building the model for a 2 MiB synthetic feed (64 states of
 * 200 parties, and articles), against json_parser_load_from_data() alone on
 * the same bytes, alternating, medians. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "mg-election.h"
#include "mg-feed-parser.h"

#define ROUNDS 21

static char *
synthetic_feed (gsize *length)
{
  GString *json = g_string_new ("{\"format\": \"matganana-feed\", \"version\": 1, "
                                "\"updated\": \"2022-12-08T13:05:00+05:30\", \"states\": [");

  for (guint s = 0; s < 64; s++)
    {
      g_string_append_printf (json, "%s{\"id\": \"state-%u\", \"name\": {\"en\": \"State %u\", "
                              "\"hi\": \"राज्य %u\"}, \"seats\": 10000, \"previous_year\": 2017, "
                              "\"parties\": [", s ? ", " : "", s, s, s);
      for (guint p = 0; p < 200; p++)
        g_string_append_printf (json, "%s{\"id\": \"party-%u\", \"name\": {\"en\": \"Party %u\", "
                                "\"hi\": \"दल %u\"}, \"short\": \"P%u\", \"color\": \"#%06X\", "
                                "\"won\": %u, \"leading\": %u, \"previous\": %u, "
                                "\"vote_percent\": %u.%u}",
                                p ? ", " : "", p, p, p, p, (p * 2654435761u) & 0xffffff, p % 7,
                                p % 5, p % 11, p % 50, p % 10);
      g_string_append (json, "]}");
    }
  g_string_append (json, "], \"articles\": [");
  for (guint a = 0; json->len < 2 * 1024 * 1024 - 4096; a++)
    g_string_append_printf (json, "%s{\"id\": \"story-%u\", \"lang\": \"hi\", \"title\": "
                            "\"मतगणना अपडेट %u\", \"state\": \"state-%u\", \"blocks\": ["
                            "{\"type\": \"heading\", \"text\": \"गुजरात में बीजेपी आगे\"}, "
                            "{\"type\": \"paragraph\", \"text\": \"इसके साथ ही अगर हिमाचल प्रदेश "
                            "की बात करें तो यहां कांग्रेस ने 22 सीटों पर जीत दर्ज कर ली है.\"}]}",
                            a ? ", " : "", a, a, a % 64);
  g_string_append (json, "]}");
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

int
main (void)
{
  static const char *languages[] = { "hi", NULL };
  gsize length;
  g_autofree char *feed = synthetic_feed (&length);
  double ours[ROUNDS], base[ROUNDS];

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start;

      start = g_get_monotonic_time ();
      {
        g_autoptr (JsonParser) parser = json_parser_new ();
        g_autoptr (GError) error = NULL;

        if (!json_parser_load_from_data (parser, feed, (gssize) length, &error))
          g_error ("%s", error->message);
      }
      base[r] = g_get_monotonic_time () - start;

      {
        g_autoptr (GError) error = NULL;
        g_autoptr (MgElection) election = NULL;

        /* Parsing and building the model; not freeing it. */
        start = g_get_monotonic_time ();
        election = mg_feed_parse_data (feed, length, languages, &error);
        ours[r] = g_get_monotonic_time () - start;
        if (election == NULL)
          g_error ("%s", error->message);
      }
    }

  qsort (ours, ROUNDS, sizeof (double), compare);
  qsort (base, ROUNDS, sizeof (double), compare);
  g_print ("parse: %.1f MiB feed, parse and model %.1f ms, json-glib alone %.1f ms\n",
           length / 1048576.0, ours[ROUNDS / 2] / 1000, base[ROUNDS / 2] / 1000);
  g_print ("parse-ratio: %.2f\n", ours[ROUNDS / 2] / base[ROUNDS / 2]);
  return 0;
}
