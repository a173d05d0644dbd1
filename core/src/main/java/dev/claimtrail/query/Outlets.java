package dev.claimtrail.query;

import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import java.util.List;
import java.util.stream.Collectors;

/** Tables of outlets: those a document cites as its sources, and the columns outlets print. */
public final class Outlets {
  private Outlets() {}

  /**
   * {@return the outlets the document with the id {@code document} names as its sources, in the order it
   * names them; throws {@link IllegalArgumentException} naming the id if there is no such document}
   *
   * @param view the records to look in
   * @param document the document's id
   */
  public static Results<Outlet> citedBy(LedgerView view, DocumentId document) {
    Document found = view.document(document).orElseThrow(() ->
        new IllegalArgumentException("no document with id '" + document + "'"));
    return table(found.cites().stream().map(id -> view.outlet(id).orElseThrow()).collect(Collectors.toList()));
  }

  /** {@code outlets} as a table: outlet, kind, domains, ownership. */
  static Results<Outlet> table(List<Outlet> outlets) {
    return new Results<>(outlets, List.of(
        Column.data("outletId", Outlet::id),
        Column.of("outlet", "outlet", 26, Outlet::name),
        Column.ofEnum("kind", "kind", 15, Outlet::kind),
        Column.<Outlet>of("domains", "domains", 30, Outlet::domains).printedAs(s -> String.join(" ", s.domains())),
        Column.of("ownership", "ownership", 30, Outlet::ownership)));
  }
}
