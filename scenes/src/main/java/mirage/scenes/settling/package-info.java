/**
 * What physics settling needs and what it did, free of any engine: the drop a sampler drew for one frame
 * ({@link DropPlan}: start poses are the scene's, plus each body's drawn physical values and support), and the
 * outcome a settler reports ({@link SettleReport}) for the frame record. The engine lives in module {@code physics}.
 */
package mirage.scenes.settling;
