package it.percorsi.content.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps archived documents out of the search index: archiving (or restoring) a document removes
 * it from (or puts it back into) the index when the transaction commits, and a full rebuild skips it.
 */
public class ArchivedNotIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("archivedAt");
        context.bridge(ContentDocument.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<ContentDocument> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, ContentDocument document,
                          RoutingBridgeRouteContext context) {
            if (document.isArchived()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, ContentDocument document,
                                   RoutingBridgeRouteContext context) {
            // the one index has no routing keys: wherever it was, it was "the" route
            routes.addRoute();
        }
    }
}
