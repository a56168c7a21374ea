/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-open-feed-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-feed-loader.h"
#include "mg-open-feed-dialog.h"

/* Ctrl+L: asks for the address of a results feed. The caller reads the
 * address on the "response" signal. */
struct _MgOpenFeedDialog
{
  GtkDialog  parent_instance;

  GtkEntry  *entry;
};

G_DEFINE_FINAL_TYPE (MgOpenFeedDialog, mg_open_feed_dialog, GTK_TYPE_DIALOG)

/* Enter in the address opens it. (The entry's activates-default does not
 * reach a GTK 4.8 dialog's default button once it is in the header bar.) */
static void
on_entry_activate_cb (MgOpenFeedDialog *self)
{
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

static void
mg_open_feed_dialog_class_init (MgOpenFeedDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mg-open-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MgOpenFeedDialog, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
}

static void
mg_open_feed_dialog_init (MgOpenFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mg_open_feed_dialog_new:
 * @parent: the window it belongs to
 * @uri: (nullable): the address to start with
 *
 * Returns: (transfer none): a new dialog, owned by GTK until destroyed
 */
MgOpenFeedDialog *
mg_open_feed_dialog_new (GtkWindow  *parent,
                         const char *uri)
{
  MgOpenFeedDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (MG_TYPE_OPEN_FEED_DIALOG,
                       "transient-for", parent,
                       "use-header-bar", TRUE,
                       NULL);
  /* The bundled feed's resource:// address is nothing a person types. */
  if (uri != NULL && !g_str_has_prefix (uri, "resource://"))
    gtk_editable_set_text (GTK_EDITABLE (self->entry), uri);
  return self;
}

/**
 * mg_open_feed_dialog_dup_uri:
 *
 * Returns: (transfer full) (nullable): the URI of what was typed (a path
 *   becomes a file:// URI), or %NULL when nothing was
 */
char *
mg_open_feed_dialog_dup_uri (MgOpenFeedDialog *self)
{
  const char *text;
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (MG_IS_OPEN_FEED_DIALOG (self), NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (*text == '\0')
    return NULL;
  file = mg_feed_loader_file_for_arg (text, NULL);
  return g_file_get_uri (file);
}
