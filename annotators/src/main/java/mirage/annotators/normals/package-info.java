/** Camera-space surface normals encoded as 8-bit RGB. */
package mirage.annotators.normals;
