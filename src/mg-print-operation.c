/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-print-operation.h"
#include "mg-state-result.h"
#include "mg-summary-render.h"

/* Printing the seat summary: the selected state or every state, each with
 * its results by seat when asked, paginated by the summary renderer. It is
 * handed what it prints and knows nothing of the window. */
struct _MgPrintOperation
{
  GtkPrintOperation  parent_instance;

  MgElection        *election;
  MgStateResult     *current;
  MgSummaryPlan     *plan;
  gboolean           all_states;
  gboolean           with_constituencies;
  MgSummaryOptions   view;  /* by alliance, the two-thirds mark */
  GtkCheckButton    *all_button;
  GtkCheckButton    *seats_button;
};

G_DEFINE_FINAL_TYPE (MgPrintOperation, mg_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
mg_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  MgPrintOperation *self = MG_PRINT_OPERATION (operation);

  g_clear_pointer (&self->plan, mg_summary_plan_free);
  self->plan = mg_summary_plan_new (self->election, self->all_states ? NULL : self->current,
                                    self->view | (self->with_constituencies ? MG_SUMMARY_CONSTITUENCIES : 0),
                                    gtk_print_context_get_cairo_context (context),
                                    gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) mg_summary_plan_get_n_pages (self->plan));
}

static void
mg_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  MgPrintOperation *self = MG_PRINT_OPERATION (operation);

  mg_summary_plan_draw_page (self->plan, gtk_print_context_get_cairo_context (context),
                             (guint) page);
}

/* Whether any state to print lists its constituencies. */
static gboolean
lists_constituencies (MgPrintOperation *self,
                      gboolean          all_states)
{
  if (!all_states && self->current != NULL)
    return mg_state_result_get_n_constituencies (self->current) > 0;
  for (guint i = 0; i < mg_election_get_n_states (self->election); i++)
    if (mg_state_result_get_n_constituencies (mg_election_get_state (self->election, i)) > 0)
      return TRUE;
  return FALSE;
}

/* "Results by seat" offered only when the states chosen have them. */
static void
on_all_button_toggled_cb (MgPrintOperation *self,
                          GtkCheckButton   *all_button)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->seats_button),
                            lists_constituencies (self, gtk_check_button_get_active (all_button)));
}

/* The print dialog's own tab: the selected state or all of them, and
 * whether to add their results by seat. With no state selected and no
 * seats listed there is no choice to offer. */
static GtkWidget *
mg_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  MgPrintOperation *self = MG_PRINT_OPERATION (operation);
  GtkWidget *box, *seats;

  if (self->current == NULL && !lists_constituencies (self, TRUE))
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_top (box, 18);
  if (self->current != NULL)
    {
      GtkWidget *current, *all;
      g_autofree char *current_label = NULL;

      /* TRANSLATORS: print only the selected state; %s is its name */
      current_label = g_strdup_printf (_("Only %s"), mg_state_result_get_name (self->current));
      current = gtk_check_button_new_with_label (current_label);
      all = gtk_check_button_new_with_label (_("All states"));
      gtk_check_button_set_group (GTK_CHECK_BUTTON (all), GTK_CHECK_BUTTON (current));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->all_states ? all : current), TRUE);
      gtk_box_append (GTK_BOX (box), current);
      gtk_box_append (GTK_BOX (box), all);
      self->all_button = GTK_CHECK_BUTTON (all);
      g_signal_connect_object (all, "toggled", G_CALLBACK (on_all_button_toggled_cb), self,
                               G_CONNECT_SWAPPED);
    }

  /* TRANSLATORS: a check box: add each state's table of constituencies */
  seats = gtk_check_button_new_with_mnemonic (_("Results _by seat"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (seats), self->with_constituencies);
  if (self->current != NULL)
    gtk_widget_set_margin_top (seats, 12);
  gtk_widget_set_sensitive (seats, lists_constituencies (self, self->all_states));
  gtk_box_append (GTK_BOX (box), seats);
  self->seats_button = GTK_CHECK_BUTTON (seats);
  return box;
}

static void
mg_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  MgPrintOperation *self = MG_PRINT_OPERATION (operation);

  if (self->all_button != NULL)
    self->all_states = gtk_check_button_get_active (self->all_button);
  self->with_constituencies = gtk_check_button_get_active (self->seats_button);
}

static void
mg_print_operation_finalize (GObject *object)
{
  MgPrintOperation *self = MG_PRINT_OPERATION (object);

  g_clear_pointer (&self->plan, mg_summary_plan_free);
  g_clear_object (&self->current);
  g_clear_object (&self->election);

  G_OBJECT_CLASS (mg_print_operation_parent_class)->finalize (object);
}

static void
mg_print_operation_class_init (MgPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = mg_print_operation_finalize;
  operation_class->begin_print = mg_print_operation_begin_print;
  operation_class->draw_page = mg_print_operation_draw_page;
  operation_class->create_custom_widget = mg_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = mg_print_operation_custom_widget_apply;
}

static void
mg_print_operation_init (MgPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Seat summary"));
  gtk_print_operation_set_custom_tab_label (operation, _("Seat Summary"));
}

/**
 * mg_print_operation_new:
 * @current: (nullable): the selected state
 * @all_states: print every state rather than only @current (always so
 *   when @current is %NULL)
 * @page_setup: (nullable): the page setup to start from
 *
 * Returns: (transfer full): an operation printing the seat summary of
 *   @election
 */
MgPrintOperation *
mg_print_operation_new (MgElection    *election,
                        MgStateResult *current,
                        gboolean       all_states,
                        GtkPageSetup  *page_setup)
{
  MgPrintOperation *self;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);
  g_return_val_if_fail (current == NULL || MG_IS_STATE_RESULT (current), NULL);
  g_return_val_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup), NULL);

  self = g_object_new (MG_TYPE_PRINT_OPERATION, NULL);
  self->election = g_object_ref (election);
  g_set_object (&self->current, current);
  self->all_states = all_states || current == NULL;
  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
  return self;
}

/**
 * mg_print_operation_set_with_constituencies:
 * @enabled: whether to add each state's results by seat after its summary,
 *   when it lists its constituencies
 *
 * Sets what the print dialog's "Results by seat" starts at, and what is
 * printed without the dialog.
 */
void
mg_print_operation_set_with_constituencies (MgPrintOperation *self,
                                            gboolean          enabled)
{
  g_return_if_fail (MG_IS_PRINT_OPERATION (self));

  self->with_constituencies = !!enabled;
}

/**
 * mg_print_operation_get_with_constituencies:
 *
 * Returns: whether each state's results by seat are printed
 */
gboolean
mg_print_operation_get_with_constituencies (MgPrintOperation *self)
{
  g_return_val_if_fail (MG_IS_PRINT_OPERATION (self), FALSE);

  return self->with_constituencies;
}

/**
 * mg_print_operation_export:
 *
 * Runs the operation in export mode: the pages the print dialog would
 * print, as a PDF at @path. Without a page setup of its own, the page is
 * the command line's: A4 with 42 pt margins.
 *
 * Returns: the number of pages, or 0 with @error set
 */
guint
mg_print_operation_export (MgPrintOperation  *self,
                           const char        *path,
                           GError           **error)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  g_return_val_if_fail (MG_IS_PRINT_OPERATION (self), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (gtk_print_operation_get_default_page_setup (operation) == NULL)
    {
      g_autoptr (GtkPageSetup) a4 = gtk_page_setup_new ();
      g_autoptr (GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size (a4, paper);
      gtk_page_setup_set_top_margin (a4, 42, GTK_UNIT_POINTS);
      gtk_page_setup_set_bottom_margin (a4, 42, GTK_UNIT_POINTS);
      gtk_page_setup_set_left_margin (a4, 42, GTK_UNIT_POINTS);
      gtk_page_setup_set_right_margin (a4, 42, GTK_UNIT_POINTS);
      gtk_print_operation_set_default_page_setup (operation, a4);
    }
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return 0;
  return mg_print_operation_get_n_pages (self);
}

/**
 * mg_print_operation_get_n_pages:
 *
 * Returns: the number of pages laid out, 0 before printing began
 */
guint
mg_print_operation_get_n_pages (MgPrintOperation *self)
{
  g_return_val_if_fail (MG_IS_PRINT_OPERATION (self), 0);

  return self->plan != NULL ? mg_summary_plan_get_n_pages (self->plan) : 0;
}

/**
 * mg_print_operation_set_view:
 * @view: %MG_SUMMARY_BY_ALLIANCE and %MG_SUMMARY_TWO_THIRDS, as the
 *   window shows its summaries
 */
void
mg_print_operation_set_view (MgPrintOperation *self,
                             MgSummaryOptions  view)
{
  g_return_if_fail (MG_IS_PRINT_OPERATION (self));
  self->view = view & (MG_SUMMARY_BY_ALLIANCE | MG_SUMMARY_TWO_THIRDS);
}
