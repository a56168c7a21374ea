/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-changes"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-seat-changes.h"
#include "mg-seat-labels.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* What changed since the last election, seat by seat: the seats whose
 * winner (or leader) is of another party than the one that held them,
 * and how many went from each party to each other. Derived from the
 * model's seats and their previous holders, nothing else. */

/* The party now ahead in @seat when its previous holder is known, or NULL. */
static const char *
party_now (MgConstituency *seat)
{
  MgCandidate *leader = mg_constituency_get_leader (seat);

  if (leader == NULL || mg_constituency_get_previous_party (seat) == NULL)
    return NULL;
  return mg_candidate_get_party_id (leader);
}

/**
 * mg_seat_changes_count_known:
 *
 * Returns: how many of @state's listed seats have a leader and a known
 * previous holder: the seats a change can be told for
 */
guint
mg_seat_changes_count_known (MgStateResult *state)
{
  guint n = mg_state_result_get_n_constituencies (state), known = 0;

  for (guint i = 0; i < n; i++)
    known += party_now (mg_state_result_get_constituency (state, i)) != NULL;
  return known;
}

/**
 * mg_seat_changes_list:
 *
 * Returns: (transfer container) (element-type MgConstituency): @state's
 * seats that changed hands, by number
 */
GPtrArray *
mg_seat_changes_list (MgStateResult *state)
{
  guint n = mg_state_result_get_n_constituencies (state);
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (state, i);
      const char *now = party_now (seat);

      if (now != NULL && !g_str_equal (now, mg_constituency_get_previous_party (seat)))
        g_ptr_array_add (changed, seat);
    }
  return changed;
}

static int
compare_flows (gconstpointer a,
               gconstpointer b)
{
  const MgSeatFlow *x = a, *y = b;
  int order;

  if (x->seats != y->seats)
    return x->seats > y->seats ? -1 : 1;
  order = g_strcmp0 (x->from, y->from);
  return order != 0 ? order : g_strcmp0 (x->to, y->to);
}

/**
 * mg_seat_changes_flows:
 *
 * Returns: (transfer full) (element-type MgSeatFlow): for each pair of
 * parties, the seats that went from the one to the other, most first
 */
GArray *
mg_seat_changes_flows (MgStateResult *state)
{
  g_autoptr (GPtrArray) changed = mg_seat_changes_list (state);
  GArray *flows = g_array_new (FALSE, FALSE, sizeof (MgSeatFlow));

  for (guint i = 0; i < changed->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (changed, i);
      const char *from = mg_constituency_get_previous_party (seat), *to = party_now (seat);
      guint f;

      for (f = 0; f < flows->len; f++)
        {
          MgSeatFlow *flow = &g_array_index (flows, MgSeatFlow, f);

          if (g_str_equal (flow->from, from) && g_str_equal (flow->to, to))
            {
              flow->seats++;
              break;
            }
        }
      if (f == flows->len)
        g_array_append_val (flows, ((MgSeatFlow) { from, to, 1 }));
    }
  g_array_sort (flows, compare_flows);
  return flows;
}

/* How many of the changes tables' swings to show: the largest. */
#define MAX_SWINGS 8

void
mg_change_table_free (MgChangeTable *table)
{
  if (table == NULL)
    return;
  g_free (table->title);
  g_strfreev (table->headers);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/**
 * mg_change_table_new:
 * @numeric: bit c set: column c holds figures
 * @first_header: the first column's heading, then the others', then %NULL
 */
MgChangeTable *
mg_change_table_new (const char *title,
                     guint32     numeric,
                     const char *first_header,
                     ...)
{
  MgChangeTable *table = g_new0 (MgChangeTable, 1);
  g_autoptr (GStrvBuilder) headers = g_strv_builder_new ();
  va_list args;

  table->title = g_strdup (title);
  table->numeric = numeric;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_start (args, first_header);
  for (const char *header = first_header; header != NULL; header = va_arg (args, const char *))
    {
      g_strv_builder_add (headers, header);
      table->n_columns++;
    }
  va_end (args);
  table->headers = g_strv_builder_end (headers);
  return table;
}

/* Adds a row of @table->n_columns cells, taking them. */
void
mg_change_table_add_row (MgChangeTable *table,
                         char          *first_cell,
                         ...)
{
  char **row = g_new0 (char *, table->n_columns + 1);
  va_list args;

  row[0] = first_cell;
  va_start (args, first_cell);
  for (guint c = 1; c < table->n_columns; c++)
    row[c] = va_arg (args, char *);
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

typedef struct {
  const char *party;
  guint       gained;
  guint       lost;
} Tally;

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *x = a, *y = b;
  int net_x = (int) x->gained - (int) x->lost, net_y = (int) y->gained - (int) y->lost;

  if (net_x != net_y)
    return net_x > net_y ? -1 : 1;
  if (x->gained != y->gained)
    return x->gained > y->gained ? -1 : 1;
  return g_strcmp0 (x->party, y->party);
}

static Tally *
find_tally (GArray     *tallies,
            const char *party)
{
  for (guint i = 0; i < tallies->len; i++)
    if (g_str_equal (g_array_index (tallies, Tally, i).party, party))
      return &g_array_index (tallies, Tally, i);
  g_array_append_val (tallies, ((Tally) { party, 0, 0 }));
  return &g_array_index (tallies, Tally, tallies->len - 1);
}

/* Seats each party took from others and lost to others, best net first. */
static MgChangeTable *
gains_table (MgStateResult *state,
             GArray        *flows)
{
  g_autoptr (GArray) tallies = g_array_new (FALSE, FALSE, sizeof (Tally));
  /* TRANSLATORS: the title of a table of what changed since the last election */
  MgChangeTable *table = mg_change_table_new (_("Seats gained and lost"), 0xe,
                                              /* TRANSLATORS: headings of the seats gained and lost */
                                              _("Party"), _("Gained"), _("Lost"), _("Net"), NULL);

  for (guint i = 0; i < flows->len; i++)
    {
      MgSeatFlow *flow = &g_array_index (flows, MgSeatFlow, i);

      find_tally (tallies, flow->to)->gained += flow->seats;
      find_tally (tallies, flow->from)->lost += flow->seats;
    }
  g_array_sort (tallies, compare_tallies);
  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *tally = &g_array_index (tallies, Tally, i);

      mg_change_table_add_row (table, g_strdup (mg_seat_labels_party_name (state, tally->party)),
                               mg_text_format_count (tally->gained), mg_text_format_count (tally->lost),
                               mg_text_format_change (TRUE, (int) tally->gained - (int) tally->lost));
    }
  return table;
}

/* From whom: the seats that went from each party to each other. */
static MgChangeTable *
flows_table (MgStateResult *state,
             GArray        *flows)
{
  /* TRANSLATORS: the title of a table of seats that went from one party to another */
  MgChangeTable *table = mg_change_table_new (_("From whom"), 0x4,
                                              /* TRANSLATORS: headings of the seats gone from party to party */
                                              _("From"), _("To"), _("Seats"), NULL);

  for (guint i = 0; i < flows->len; i++)
    {
      MgSeatFlow *flow = &g_array_index (flows, MgSeatFlow, i);

      mg_change_table_add_row (table, g_strdup (mg_seat_labels_party_name (state, flow->from)),
                               g_strdup (mg_seat_labels_party_name (state, flow->to)),
                               mg_text_format_count (flow->seats));
    }
  return table;
}

static int
compare_swings (gconstpointer a,
                gconstpointer b)
{
  MgPartyResult *x = *(MgPartyResult **) a, *y = *(MgPartyResult **) b;
  double sx = 0, sy = 0;

  mg_party_result_get_swing (x, &sx);
  mg_party_result_get_swing (y, &sy);
  if (fabs (sx) != fabs (sy))
    return fabs (sx) > fabs (sy) ? -1 : 1;
  return g_strcmp0 (mg_party_result_get_id (x), mg_party_result_get_id (y));
}

static char *
format_percent (double percent)
{
  /* TRANSLATORS: a share of the vote */
  return g_strdup_printf (_("%.1f%%"), percent);
}

/* The largest swings in vote share, or NULL when no party has both shares. */
static MgChangeTable *
swings_table (MgStateResult *state)
{
  g_autoptr (GPtrArray) parties = g_ptr_array_new ();
  guint n = mg_state_result_get_n_parties (state);
  MgChangeTable *table;

  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);

      if (mg_party_result_get_swing (party, NULL))
        g_ptr_array_add (parties, party);
    }
  if (parties->len == 0)
    return NULL;
  g_ptr_array_sort (parties, compare_swings);
  /* TRANSLATORS: the title of a table of the parties whose vote share moved most */
  table = mg_change_table_new (_("Largest swings in vote share"), 0xe,
                               /* TRANSLATORS: headings of the swings: the party, its vote share at the last
                                * election and now, and the difference in percentage points */
                               _("Party"), _("Then"), _("Now"), _("Swing (points)"), NULL);
  for (guint i = 0; i < MIN (parties->len, MAX_SWINGS); i++)
    {
      MgPartyResult *party = g_ptr_array_index (parties, i);
      double swing = 0;

      mg_party_result_get_swing (party, &swing);
      mg_change_table_add_row (table, g_strdup (mg_party_result_get_display_name (party)),
                               format_percent (mg_party_result_get_previous_vote_percent (party)),
                               format_percent (mg_party_result_get_vote_percent (party)),
                               /* The sign stays with the figure; −0.0 reads as 0.0 */
                               g_strdup_printf ("%s%.1f", swing > 0.05 ? "+" : swing < -0.05 ? "−" : "", fabs (swing)));
    }
  return table;
}

/* Each seat that changed hands, with its margin now. */
static MgChangeTable *
seats_table (MgStateResult *state,
             GPtrArray     *changed)
{
  /* TRANSLATORS: the title of a table of the seats won by another party than last time */
  MgChangeTable *table = mg_change_table_new (_("Seats that changed hands"), 0x11,
                                              /* TRANSLATORS: headings of the seats that changed hands */
                                              _("No."), _("Constituency"), _("From"), _("To"), _("Margin"), NULL);

  for (guint i = 0; i < changed->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (changed, i);

      mg_change_table_add_row (table, g_strdup_printf ("%u", mg_constituency_get_number (seat)),
                               mg_seat_labels_dup_name (seat),
                               g_strdup (mg_seat_labels_party_name (state, mg_constituency_get_previous_party (seat))),
                               g_strdup (mg_seat_labels_party_name (state, party_now (seat))),
                               mg_text_format_count (mg_constituency_get_margin (seat)));
    }
  return table;
}

/**
 * mg_seat_changes_dup_heading:
 *
 * Returns: (transfer full) (nullable): "12 of 68 seats changed hands since
 * 2017", or %NULL when no seat's earlier result is known
 */
char *
mg_seat_changes_dup_heading (MgStateResult *state)
{
  guint known = mg_seat_changes_count_known (state);
  guint year = mg_state_result_get_previous_year (state);
  g_autoptr (GPtrArray) changed = NULL;

  if (known == 0)
    return NULL;
  changed = mg_seat_changes_list (state);
  if (year > 0)
    /* TRANSLATORS: seats that changed hands, of the seats compared, and the year compared with */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u seat changed hands since %u",
                                         "%u of %u seats changed hands since %u", known),
                            changed->len, known, year);
  /* TRANSLATORS: seats that changed hands, of the seats compared */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u seat changed hands",
                                       "%u of %u seats changed hands", known),
                          changed->len, known);
}

/**
 * mg_seat_changes_dup_tables:
 *
 * Returns: (transfer container) (element-type MgChangeTable): what changed
 * in @state since the last election: seats gained and lost by party, from
 * whom, the largest swings in vote share (when known) and the seats that
 * changed hands; empty when no seat's earlier result is known
 */
GPtrArray *
mg_seat_changes_dup_tables (MgStateResult *state)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_change_table_free);
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GArray) flows = NULL;
  MgChangeTable *swings;

  if (mg_seat_changes_count_known (state) == 0)
    return tables;
  changed = mg_seat_changes_list (state);
  flows = mg_seat_changes_flows (state);
  if (flows->len > 0)
    {
      g_ptr_array_add (tables, gains_table (state, flows));
      g_ptr_array_add (tables, flows_table (state, flows));
    }
  swings = swings_table (state);
  if (swings != NULL)
    g_ptr_array_add (tables, swings);
  if (changed->len > 0)
    g_ptr_array_add (tables, seats_table (state, changed));
  return tables;
}

/* @table as text: its title, then columns padded to their widest cell. */
static void
append_table (GString       *text,
              MgChangeTable *table)
{
  g_autofree gsize *widths = g_new0 (gsize, table->n_columns);

  for (guint c = 0; c < table->n_columns; c++)
    {
      widths[c] = mg_text_display_width (table->headers[c]);
      for (guint r = 0; r < table->rows->len; r++)
        widths[c] = MAX (widths[c], mg_text_display_width (((char **) g_ptr_array_index (table->rows, r))[c]));
    }
  g_string_append_printf (text, "\n  %s\n", table->title);
  for (guint r = 0; r <= table->rows->len; r++)
    {
      char **cells = r == 0 ? table->headers : g_ptr_array_index (table->rows, r - 1);

      g_string_append (text, "  ");
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append (text, "  ");
          mg_text_append_padded (text, cells[c], widths[c],
                                 (table->numeric & (1u << c)) != 0 ? MG_ALIGN_END : MG_ALIGN_START);
        }
      /* No padding left at the end of a line. */
      while (text->len > 0 && text->str[text->len - 1] == ' ')
        g_string_truncate (text, text->len - 1);
      g_string_append_c (text, '\n');
    }
}

/**
 * mg_seat_changes_format_text:
 *
 * Returns: the changes of @state as text: how many seats changed hands,
 * then the tables of mg_seat_changes_dup_tables()
 */
char *
mg_seat_changes_format_text (MgStateResult *state)
{
  GString *text = g_string_new (NULL);
  g_autofree char *heading = mg_seat_changes_dup_heading (state);
  g_autoptr (GPtrArray) tables = NULL;

  g_string_append_printf (text, "%s\n", mg_state_result_get_name (state));
  if (heading == NULL)
    {
      /* TRANSLATORS: the feed gives no earlier result of the state's seats */
      g_string_append_printf (text, "  %s\n", _("No earlier result of its seats to compare with"));
      return g_string_free (text, FALSE);
    }
  g_string_append_printf (text, "  %s\n", heading);
  tables = mg_seat_changes_dup_tables (state);
  for (guint i = 0; i < tables->len; i++)
    append_table (text, g_ptr_array_index (tables, i));
  return g_string_free (text, FALSE);
}
