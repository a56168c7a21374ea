/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-alliance.h"
#include "mg-election.h"
#include "mg-party-columns.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-tally.h"
#include "mg-text-util.h"

/* What a seat summary says, in words: shared by the state pages, the text
 * summary and the printed one so they never disagree. */

/* The whole in "N of M seats". Languages put the noun with different
 * numbers: English with the whole ("1 of 68 seats"), Hindi with the part
 * ("68 में से 1 सीट"). So the whole is a piece of its own, chosen by M, and
 * the message around it is chosen by N; each language puts its noun in the
 * piece whose number it agrees with. */
char *
mg_summary_dup_of_seats (guint seats)
{
  g_autofree char *count = mg_text_format_count (seats);

  /* TRANSLATORS: the whole in "N of M seats", put into the messages that say N (like "%s
   * leads in %s %s"), which take their plural form from N; %s is the number of seats, like
   * "1,000". Put the noun where your language wants it: Hindi says "68 में से 1 सीट", so
   * it writes this as "%s में से" and the noun in those messages */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %s seat", "of %s seats", seats),
                          count);
}

/**
 * mg_summary_dup_headline:
 *
 * Returns: (transfer full): who leads, with how many of how many seats
 */
char *
mg_summary_dup_headline (MgStateResult *state)
{
  MgPartyResult *leader;
  g_autofree char *of_seats = NULL;
  g_autofree char *won_text = NULL;
  g_autofree char *leading_text = NULL;
  g_autofree char *total_text = NULL;
  const char *name;
  guint won, leading, total;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  leader = mg_state_result_get_leader (state);
  if (leader == NULL)
    {
      if (mg_state_result_get_reported (state) == 0)
        return g_strdup (_("No trends yet"));
      return g_strdup (_("No single party leads"));
    }

  name = mg_party_result_get_display_name (leader);
  won = mg_party_result_get_won (leader);
  leading = mg_party_result_get_leading (leader);
  total = won + leading;
  of_seats = mg_summary_dup_of_seats (mg_state_result_get_seats (state));
  won_text = mg_text_format_count (won);
  leading_text = mg_text_format_count (leading);
  total_text = mg_text_format_count (total);

  if (leading == 0)
    /* TRANSLATORS: party name, seats won, then "of M seats" from above; the seats won choose
     * the plural form. English: "BJP has won 1 of 68 seats" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s has won %s %s",
                                         "%s has won %s %s", won),
                            name, won_text, of_seats);
  if (won == 0)
    /* TRANSLATORS: party name, seats where it leads, then "of M seats" from above; the seats
     * where it leads choose the plural form. English: "BJP leads in 158 of 182 seats" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s leads in %s %s",
                                         "%s leads in %s %s", leading),
                            name, leading_text, of_seats);
  /* TRANSLATORS: party name, seats won or leading, "of M seats" from above, seats won, seats
   * leading; the seats won or leading choose the plural form. English: "Congress ahead in 39
   * of 68 seats (22 won, 17 leading)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s ahead in %s %s (%s won, %s leading)",
                                       "%s ahead in %s %s (%s won, %s leading)", total),
                          name, total_text, of_seats, won_text, leading_text);
}

/**
 * mg_summary_dup_majority_line:
 *
 * Returns: (transfer full): the majority mark and how far the leader is from it
 */
char *
mg_summary_dup_majority_line (MgStateResult *state)
{
  MgPartyResult *leader;
  g_autofree char *majority_text = NULL;
  g_autofree char *gap_text = NULL;
  guint majority, total, gap;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  majority = mg_state_result_get_majority (state);
  majority_text = mg_text_format_count (majority);
  leader = mg_state_result_get_leader (state);
  if (leader == NULL)
    return g_strdup_printf (_("Majority mark %s"), majority_text);

  total = mg_party_result_get_total (leader);
  if (mg_state_result_get_majority_won (state))
    /* TRANSLATORS: the majority mark, then the party that has won it */
    return g_strdup_printf (_("Majority mark %s · %s has won a majority"), majority_text,
                            mg_party_result_get_display_name (leader));
  if (total == majority)
    /* TRANSLATORS: the majority mark, then the party exactly at it */
    return g_strdup_printf (_("Majority mark %s · %s has reached it"), majority_text,
                            mg_party_result_get_display_name (leader));
  gap = total > majority ? total - majority : majority - total;
  gap_text = mg_text_format_count (gap);
  if (total > majority)
    /* TRANSLATORS: the majority mark, the party, and by how many seats it is over the mark */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Majority mark %s · %s is %s seat over it",
                                         "Majority mark %s · %s is %s seats over it", gap),
                            majority_text, mg_party_result_get_display_name (leader), gap_text);
  /* TRANSLATORS: the majority mark, the party, and how many more seats it needs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Majority mark %s · %s needs %s more seat",
                                       "Majority mark %s · %s needs %s more seats", gap),
                          majority_text, mg_party_result_get_display_name (leader), gap_text);
}

/**
 * mg_summary_dup_decided_line:
 *
 * Returns: (transfer full): "N of M seats decided"
 */
char *
mg_summary_dup_decided_line (MgStateResult *state)
{
  g_autofree char *of_seats = NULL;
  g_autofree char *decided_text = NULL;
  guint decided, no_data;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  decided = mg_state_result_get_decided (state);
  decided_text = mg_text_format_count (decided);
  of_seats = mg_summary_dup_of_seats (mg_state_result_get_seats (state));
  no_data = mg_state_result_get_no_data (state);
  if (no_data > 0 && decided + no_data > mg_state_result_get_seats (state))
    {
      g_autofree char *no_data_text = mg_text_format_count (no_data);

      /* The official totals take in seats the file has nothing for: they
       * are decided, without their details. */
      /* TRANSLATORS: seats decided, which choose the plural form, "of M seats" from above,
       * then the seats whose results by candidate a file lacks (the party totals count them).
       * English: "182 of 182 seats decided, 3 with no details in this file" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s decided, %s with no details in this file",
                                           "%s %s decided, %s with no details in this file", decided),
                              decided_text, of_seats, no_data_text);
    }
  if (no_data > 0)
    {
      g_autofree char *no_data_text = mg_text_format_count (no_data);

      /* TRANSLATORS: seats with a result, which choose the plural form, "of M seats" from
       * above, then the seats a file of past results has nothing for. English: "179 results
       * of 182 seats, 3 with no data in this file", "1 result of 182 seats, 181 with…" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s result %s, %s with no data in this file",
                                           "%s results %s, %s with no data in this file", decided),
                              decided_text, of_seats, no_data_text);
    }
  /* TRANSLATORS: seats decided, then "of M seats" from above; the seats decided choose the
   * plural form. English: "39 of 68 seats decided" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s decided", "%s %s decided",
                                       decided),
                          decided_text, of_seats);
}

/**
 * mg_summary_dup_status:
 *
 * Returns: (transfer full): "Counting" or "Final result"
 */
char *
mg_summary_dup_status (MgStateResult *state)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  if (mg_state_result_get_status (state) == MG_STATE_STATUS_FINAL)
    return g_strdup (_("Final result"));
  return g_strdup (_("Counting"));
}

/* Month names come from our catalogue, not from the C library's LC_TIME:
 * with LANGUAGE=hi under the C locale a Hindi date still reads "8 दिसंबर 2022". */
static const char *const month_names[] = {
  /* TRANSLATORS: a month's name in a date, like "8 Dec 2022"; abbreviate it if your
   * language does, or write it in full */
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

/* @format with each %b (and %B, %h) replaced by @month's name from the
 * catalogue, escaped for g_date_time_format(). */
static char *
dup_format_with_month (const char *format,
                       int         month)
{
  const char *name;
  GString *out;

  g_assert (month >= 1 && month <= 12);

  name = g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
  out = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'b' || p[1] == 'B' || p[1] == 'h'))
        {
          for (const char *n = name; *n != '\0'; n++)
            {
              if (*n == '%')
                g_string_append_c (out, '%');
              g_string_append_c (out, *n);
            }
          p++;
          continue;
        }
      g_string_append_c (out, *p);
      /* Keeps "%%" whole, so "%%b" stays a literal "%b". */
      if (p[0] == '%' && p[1] != '\0')
        g_string_append_c (out, *++p);
    }
  return g_string_free (out, FALSE);
}

/* %Z names the zone ("IST"); a zone that is only an offset has no name,
 * and GLib would write "+05:30:00": it becomes "UTC+05:30". */
static char *
format_in_zone (GDateTime  *shown,
                const char *format)
{
  const char *abbreviation = g_date_time_get_timezone_abbreviation (shown);

  if (abbreviation[0] == '+' || abbreviation[0] == '-')
    {
      g_auto (GStrv) parts = g_strsplit (format, "%Z", -1);
      g_autofree char *named = g_strjoinv ("UTC%:z", parts);

      return g_date_time_format (shown, named);
    }
  return g_date_time_format (shown, format);
}

/**
 * mg_summary_format_time:
 * @zone: (nullable): the zone to show @time in, %NULL for the user's
 *
 * The one way a date is shown: month names from the catalogue, so they
 * follow the UI language whatever LC_TIME says, and the zone named.
 *
 * Returns: (transfer full): @time like "8 Dec 2022, 13:05 IST"
 */
char *
mg_summary_format_time (GDateTime *time,
                        GTimeZone *zone)
{
  g_autoptr (GDateTime) shown = NULL;
  g_autofree char *format = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  shown = zone != NULL ? g_date_time_to_timezone (time, zone) : g_date_time_to_local (time);
  /* TRANSLATORS: a date and time in g_date_time_format()'s conversions, like "8 Dec 2022,
   * 13:05 IST"; %b is the month's name as translated here (context "month"), %Z the zone */
  format = dup_format_with_month (_("%-d %b %Y, %H:%M %Z"), g_date_time_get_month (shown));
  return format_in_zone (shown, format);
}

/**
 * mg_summary_format_hour:
 * @zone: (nullable): the zone to show @time in, %NULL for the user's
 *
 * Returns: (transfer full): @time as "13:05", as the time bar and the
 *   count over time tell the snapshots apart
 */
char *
mg_summary_format_hour (GDateTime *time,
                        GTimeZone *zone)
{
  g_autoptr (GDateTime) shown = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  shown = zone != NULL ? g_date_time_to_timezone (time, zone) : g_date_time_to_local (time);
  return g_date_time_format (shown, "%H:%M");
}

/**
 * mg_summary_format_clock:
 * @zone: (nullable): the zone to show @time in, %NULL for the user's
 *
 * Returns: (transfer full): @time as "13:05 IST" on the day it is in that
 *   zone, else as mg_summary_format_time() writes it
 */
char *
mg_summary_format_clock (GDateTime *time,
                         GTimeZone *zone)
{
  g_autoptr (GDateTime) shown = NULL;
  g_autoptr (GDateTime) now = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  shown = zone != NULL ? g_date_time_to_timezone (time, zone) : g_date_time_to_local (time);
  now = zone != NULL ? g_date_time_new_now (zone) : g_date_time_new_now_local ();
  if (g_date_time_get_year (shown) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (shown) == g_date_time_get_day_of_year (now))
    return format_in_zone (shown, "%H:%M %Z");
  return mg_summary_format_time (time, zone);
}

/**
 * mg_summary_append_status_line:
 *
 * Appends "  Counting · updated 8 Dec 2022, 13:05 IST", or the status
 * alone when the feed gives no time: the second line of a state's or a
 * seat's text.
 */
void
mg_summary_append_status_line (GString    *out,
                               MgElection *election,
                               const char *status)
{
  GDateTime *updated = mg_election_get_updated (election);

  if (updated != NULL)
    {
      g_autoptr (GTimeZone) zone = mg_election_dup_display_zone (election);
      g_autofree char *when = mg_summary_format_time (updated, zone);

      /* TRANSLATORS: the count's status, then when the feed was updated */
      g_string_append_printf (out, _("  %s · updated %s\n"), status, when);
    }
  else
    {
      g_string_append_printf (out, "  %s\n", status);
    }
}

/* One table row: the first column left-aligned, the figures right-aligned. */
static void
append_row (GString      *out,
            char        **cells,
            const gsize  *widths)
{
  g_string_append (out, "  ");
  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "  ");
      mg_text_append_padded (out, cells[i], widths[i], i == 0 ? MG_ALIGN_START : MG_ALIGN_END);
    }
  g_string_append_c (out, '\n');
}

/* Most seats first; the feed's order among equals (the sort is stable). */
static int
compare_by_seats (gconstpointer a,
                  gconstpointer b)
{
  MgPartyResult *x = *(MgPartyResult * const *) a, *y = *(MgPartyResult * const *) b;

  return (int) mg_party_result_get_total (y) - (int) mg_party_result_get_total (x);
}

/* A table row of @party of @state; @indent before its name. */
static void
append_party_row (GPtrArray           *rows,
                  const MgPartyColumn *columns,
                  guint                n_columns,
                  MgStateResult       *state,
                  MgPartyResult       *party,
                  const char          *indent)
{
  char **row = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    row[i] = mg_party_column_dup_cell (columns[i], state, party);
  if (indent != NULL)
    {
      char *name = g_strconcat (indent, row[0], NULL);

      g_free (row[0]);
      row[0] = name;
    }
  g_ptr_array_add (rows, row);
}

/* @state: what is shown, a state or its tally by alliance
 * @parties: (nullable): with a tally by alliance, the state by party: each
 *   alliance's parties with seats are listed beneath it */
static void
append_state (GString       *out,
              MgElection    *election,
              MgStateResult *state,
              MgStateResult *parties)
{
  g_autofree char *status = mg_summary_dup_status (state);
  g_autofree char *headline = mg_summary_dup_headline (state);
  g_autofree char *majority = mg_summary_dup_majority_line (state);
  g_autofree char *decided = mg_summary_dup_decided_line (state);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gsize widths[MG_N_PARTY_COLUMNS] = { 0 };
  guint n_parties = mg_state_result_get_n_parties (state);
  MgPartyColumn columns[MG_N_PARTY_COLUMNS];
  guint n_columns = 0;
  guint seats = mg_state_result_get_seats (state);
  g_autofree char *seats_text = mg_text_format_count (seats);

  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    if (mg_party_column_shown (c, state))
      columns[n_columns++] = c;

  g_string_append_printf (out, "%s\n", mg_state_result_get_name (state));
  mg_summary_append_status_line (out, election, status);
  /* TRANSLATORS: the state's seats, the majority line and "N of M seats decided" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "  %s seat · %s · %s\n",
                                            "  %s seats · %s · %s\n", seats),
                          seats_text, majority, decided);
  g_string_append_printf (out, "  %s\n\n", headline);

  {
    char **header = g_new0 (char *, n_columns + 1);

    for (guint i = 0; i < n_columns; i++)
      header[i] = mg_party_column_dup_title (columns[i], state);
    g_ptr_array_add (rows, header);
  }

  if (parties != NULL)
    {
      g_free (((char **) g_ptr_array_index (rows, 0))[0]);
      /* TRANSLATORS: the first column's title in a summary by alliance */
      ((char **) g_ptr_array_index (rows, 0))[0] = g_strdup (_("Alliance or party"));
    }
  for (guint p = 0; p < n_parties; p++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, p);
      MgAlliance *alliance = parties != NULL ? mg_election_find_alliance (election, mg_party_result_get_id (party))
                                             : NULL;

      g_autoptr (GPtrArray) members = g_ptr_array_new ();

      append_party_row (rows, columns, n_columns, state, party, NULL);
      for (guint m = 0; alliance != NULL && m < mg_state_result_get_n_parties (parties); m++)
        {
          MgPartyResult *member = mg_state_result_get_party (parties, m);

          if (mg_alliance_has_party (alliance, mg_party_result_get_id (member)) &&
              mg_party_result_get_total (member) > 0)
            g_ptr_array_add (members, member);
        }
      g_ptr_array_sort (members, compare_by_seats);
      for (guint m = 0; m < members->len; m++)
        append_party_row (rows, columns, n_columns, parties, g_ptr_array_index (members, m), "  ");
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint i = 0; i < n_columns; i++)
        widths[i] = MAX (widths[i], mg_text_display_width (row[i]));
    }
  for (guint r = 0; r < rows->len; r++)
    append_row (out, g_ptr_array_index (rows, r), widths);
}

/**
 * mg_summary_format_text:
 * @only: (nullable): the one state to summarise, or %NULL for all (and
 *   the house first, when the states are one)
 * @by_alliance: counted by alliance, each alliance's parties beneath it
 *
 * Returns: (transfer full): the seat summary as aligned plain text
 */
char *
mg_summary_format_text (MgElection    *election,
                        MgStateResult *only,
                        gboolean       by_alliance)
{
  g_autoptr (GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  MgStateResult *house;
  GString *out;
  guint n;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);

  /* The house as a whole first, then each of its states. */
  if (only == NULL && (house = mg_tally_house (election)) != NULL)
    g_ptr_array_add (shown, house);
  n = mg_election_get_n_states (election);
  for (guint i = 0; i < n; i++)
    if (only == NULL || mg_election_get_state (election, i) == only)
      g_ptr_array_add (shown, g_object_ref (mg_election_get_state (election, i)));

  out = g_string_new (NULL);
  for (guint i = 0; i < shown->len; i++)
    {
      MgStateResult *state = g_ptr_array_index (shown, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (by_alliance)
        {
          g_autoptr (MgStateResult) tally = mg_tally_by_alliance (election, state);

          append_state (out, election, tally, state);
        }
      else
        append_state (out, election, state, NULL);
    }
  if (mg_election_get_source_name (election) != NULL)
    {
      g_string_append_c (out, '\n');
      /* TRANSLATORS: where the results come from */
      g_string_append_printf (out, _("Source: %s\n"), mg_election_get_source_name (election));
    }
  return g_string_free (out, FALSE);
}

/**
 * mg_summary_format_check:
 *
 * Returns: (transfer full): one line per state of a valid feed
 */
char *
mg_summary_format_check (MgElection *election)
{
  GString *out;
  guint n;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);

  out = g_string_new (NULL);
  n = mg_election_get_n_states (election);
  for (guint i = 0; i < n; i++)
    {
      MgStateResult *state = mg_election_get_state (election, i);
      guint n_parties = mg_state_result_get_n_parties (state);
      guint seats = mg_state_result_get_seats (state);
      g_autofree char *seats_count = mg_text_format_count (seats);
      g_autofree char *parties_count = mg_text_format_count (n_parties);
      g_autofree char *majority = mg_text_format_count (mg_state_result_get_majority (state));
      g_autofree char *reported = mg_text_format_count (mg_state_result_get_reported (state));
      g_autofree char *decided = mg_text_format_count (mg_state_result_get_decided (state));
      g_autofree char *seats_text = NULL;
      g_autofree char *parties_text = NULL;

      /* TRANSLATORS: a state's seats in the "--check-feed" line */
      seats_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s seat", "%s seats", seats),
                                    seats_count);
      /* TRANSLATORS: a state's parties in the "--check-feed" line */
      parties_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s party", "%s parties",
                                                   n_parties),
                                      parties_count);
      /* TRANSLATORS: state id, state name, "N seats", majority mark, "N parties", seats
       * reported, seats decided; like "gujarat: Gujarat, 182 seats, majority 92, 4 parties,
       * 182 reported, 0 decided" */
      g_string_append_printf (out, _("%s: %s, %s, majority %s, %s, %s reported, %s decided\n"),
                              mg_state_result_get_id (state), mg_state_result_get_name (state),
                              seats_text, majority, parties_text, reported, decided);
    }
  return g_string_free (out, FALSE);
}

/**
 * mg_summary_dup_party_line:
 *
 * Returns: (transfer full): "BJP: 158 seats (0 won, 158 leading)"
 */
char *
mg_summary_dup_party_line (MgPartyResult *party)
{
  g_autofree char *total_text = NULL;
  g_autofree char *won_text = NULL;
  g_autofree char *leading_text = NULL;
  guint total;

  g_return_val_if_fail (MG_IS_PARTY_RESULT (party), NULL);

  total = mg_party_result_get_total (party);
  total_text = mg_text_format_count (total);
  won_text = mg_text_format_count (mg_party_result_get_won (party));
  leading_text = mg_text_format_count (mg_party_result_get_leading (party));
  /* TRANSLATORS: party name, seats won or leading, seats won, seats leading */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s seat (%s won, %s leading)",
                                       "%s: %s seats (%s won, %s leading)", total),
                          mg_party_result_get_name (party), total_text, won_text, leading_text);
}

/**
 * mg_summary_dup_chart_description:
 *
 * What the seat chart shows, in words, for screen readers.
 *
 * Returns: (transfer full): the description
 */
char *
mg_summary_dup_chart_description (MgStateResult *state)
{
  GString *out;
  g_autofree char *decided = NULL;
  g_autofree char *majority = NULL;
  guint n, unreported;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  out = g_string_new (NULL);
  n = mg_state_result_get_n_parties (state);
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);
      guint total = mg_party_result_get_total (party);
      g_autofree char *total_text = mg_text_format_count (total);
      g_autofree char *won_text = mg_text_format_count (mg_party_result_get_won (party));
      g_autofree char *leading_text = mg_text_format_count (mg_party_result_get_leading (party));

      /* TRANSLATORS: party name, seats, seats won, seats leading; parts are joined by "; " */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "%s %s seat, %s won and %s leading; ",
                                                "%s %s seats, %s won and %s leading; ", total),
                              mg_party_result_get_name (party), total_text, won_text,
                              leading_text);
    }
  unreported = mg_state_result_get_unreported (state);
  if (unreported > 0)
    {
      g_autofree char *unreported_text = mg_text_format_count (unreported);

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s seat without a result; ",
                                                "%s seats without a result; ", unreported),
                              unreported_text);
    }
  decided = mg_summary_dup_decided_line (state);
  majority = mg_text_format_count (mg_state_result_get_majority (state));
  /* TRANSLATORS: the majority mark, then "N of M seats decided" */
  g_string_append_printf (out, _("majority %s; %s."), majority, decided);
  return g_string_free (out, FALSE);
}
