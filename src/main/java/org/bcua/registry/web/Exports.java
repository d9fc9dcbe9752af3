package org.bcua.registry.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every record of a list, by their ids in the list's order, in batches: each batch
 * is read in a short read-only transaction of its own (its records forgotten when it
 * ends, so memory stays flat, and each statement well within the statement timeout), and
 * written before the next is read.
 */
@Component
public class Exports {

	/** How many records a batch reads. */
	public static final int BATCH = 500;

	private final TransactionTemplate readOnly;

	Exports(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Passes each record with the given ids, in their order, to {@code row}.
	 * @param load reads the records of a batch of ids (their order kept), within the
	 * batch's transaction; {@code row} reads their associations in it too
	 * @param afterBatch runs after each batch, outside the transaction (to pass what was
	 * written on, see {@link Download#write})
	 */
	public <T> void each(List<Long> ids, Function<List<Long>, List<T>> load, Consumer<T> row, Runnable afterBatch) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.readOnly.executeWithoutResult((status) -> load.apply(batch).forEach(row));
			afterBatch.run();
		}
	}

	/**
	 * The ids of a list, read in a read-only transaction.
	 */
	public List<Long> ids(Supplier<List<Long>> ids) {
		List<Long> read = this.readOnly.execute((status) -> ids.get());
		return (read != null) ? read : List.of();
	}

}
