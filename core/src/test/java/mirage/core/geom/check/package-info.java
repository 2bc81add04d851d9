/**
 * Geometric checks on posed triangle meshes that do not ask the physics engine: penetration depth between
 * closed meshes, distance to a surface, point inside a mesh, lowest vertex. Lives in core's test sources and
 * ships in its test-jar, so any module's tests can verify a settled pile. Plain Java and JOML.
 *
 * <p>From another module's tests, add
 * {@code <dependency><groupId>dev.mirage</groupId><artifactId>mirage-core</artifactId><type>test-jar</type><scope>test</scope></dependency>}
 * (the version comes from the parent's dependencyManagement), then for instance:
 *
 * <pre>{@code
 * List<WorldMesh> objects = ...;   // WorldMesh.of(positions, indices, modelToWorld) per object
 * for (int i = 0; i < objects.size(); i++)
 *     for (int j = i + 1; j < objects.size(); j++) {
 *         Penetration p = MeshProximity.penetration(objects.get(i), objects.get(j), MeshProximity.DEFAULT_SPACING);
 *         assertTrue(p.depth() <= 0.5e-3, i + " vs " + j + ": " + p);
 *     }
 * }</pre>
 *
 * Pairs whose bounding boxes do not overlap cost nothing; the others about log(triangles) per sample.
 */
package mirage.core.geom.check;
