/**
 * What the portal serves for any resized upload (`/upload/resize_cache/…`),
 * where a portal that keeps its own files puts users' photos: one 64×64 PNG
 * of a head and shoulders.
 */
export const UPLOAD_PREFIX = '/upload/resize_cache/'

export const UPLOADED_PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAACVBMVEUAAAAvj4P///+5fUanAAAAAXRSTlMAQObYZgAAANhJREFUeNrV10EOg0AMQ9HY9z90d1UlHOLUjNRmzX8rGDJV7eBjajsQE+Y+gdtJ+1GAMWl/I8CetNcCkAlAJgChkAJAJgChoB/geyZg6idhzFviJEA6wqa/EVLA7Vvh/wFkAH4VsN+DcwDcvgVg9gcB50QaADg9vjyQnwQq7Q8B/qfwwIFSbq8EfSqTtiB/DKQt1BGA9AX1eyZ9QS0IpC+oDYVcCGJJIheCWNPIhSD2RHIjXFdVciNcl2WuRq3rab8R2jtLmJvCcG8L81HwLq9Z3RLrG7wXvwD1ChEXP8x+ggAAAABJRU5ErkJggg==',
  'base64',
)
