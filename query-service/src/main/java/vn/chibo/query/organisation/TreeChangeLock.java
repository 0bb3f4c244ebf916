package vn.chibo.query.organisation;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationDissolved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.ReadModelLocks;

import java.util.Set;

/**
 * Takes the tree lock ({@link ReadModelLocks#tree}) for each batch of the read model before its first
 * event: exclusively when the batch holds an event {@link TreeChanges} applies, which re-attributes the
 * counts of a subtree, so no other segment adds counts to that subtree's old ancestors meanwhile.
 * The payload types are read from the messages' headers: nothing is deserialised for this.
 */
@Component
class TreeChangeLock implements ConfigurerModule, MessageHandlerInterceptor<EventMessage<?>> {

    private static final Set<Class<?>> TREE_CHANGES = Set.of(OrganisationMoved.class, OrganisationDissolved.class,
            OrganisationAbsorbed.class, OrganisationSplit.class);

    private final ReadModelLocks locks;

    TreeChangeLock(ReadModelLocks locks) {
        this.locks = locks;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerHandlerInterceptor(ReadModel.PROCESSING_GROUP, config -> this);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        locks.tree(() -> changesTree(unitOfWork));
        return chain.proceed();
    }

    private static boolean changesTree(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().anyMatch(message -> TREE_CHANGES.contains(message.getPayloadType()));
        }
        return TREE_CHANGES.contains(unitOfWork.getMessage().getPayloadType());
    }
}
